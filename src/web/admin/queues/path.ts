export const QUEUES_BASE_PATH = '/admin/queues';
