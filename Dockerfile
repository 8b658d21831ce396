# syntax=docker/dockerfile:1
# Multi-stage build: dependencies and the generated Prisma client in a build stage, a slim
# non-root runtime that applies migrations and then starts the given role (default: all).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run typecheck && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 DATA_DIR=/app/data
WORKDIR /app
RUN groupadd --system delego && useradd --system --gid delego --home /app delego
COPY --from=build --chown=delego:delego /app /app
RUN mkdir -p /app/data && chown delego:delego /app/data
USER delego
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["sh", "-c", "npm run db:migrate && exec npm start"]
