import type { Tx } from '../../infra/db/types.js';
import type { HoursNotice } from '../../generated/prisma/enums.js';

/** The share of the package left at which the client and the desk hear it is running low. */
const LOW_SHARE = 0.2;

/**
 * How far into their package a client is: `used_up` at zero or below, `low` at 20% left or less,
 * null above that. A client with no package is never either, whatever their balance.
 */
export function hoursLevel(balanceMinutes: number, packageMinutes: number): HoursNotice | null {
  if (packageMinutes <= 0) return null;
  if (balanceMinutes <= 0) return 'used_up';
  return balanceMinutes <= packageMinutes * LOW_SHARE ? 'low' : null;
}

/**
 * After time came off the balance: the notice the client and the desk are now due, recorded on the
 * client in the same transaction, so a concurrent or repeated close never gives it twice.
 */
export async function dueHoursNotice(
  tx: Tx,
  client: { id: string; hoursBalanceMinutes: number; hoursPackageMinutes: number },
): Promise<HoursNotice | null> {
  const level = hoursLevel(client.hoursBalanceMinutes, client.hoursPackageMinutes);
  if (!level) return null;
  // a later notice only follows an earlier one: `low` never comes after `used_up`
  const { count } = await tx.client.updateMany({
    where: {
      id: client.id,
      OR: [{ hoursNotice: null }, ...(level === 'used_up' ? [{ hoursNotice: 'low' as const }] : [])],
    },
    data: { hoursNotice: level },
  });
  return count === 1 ? level : null;
}
