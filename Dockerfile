# Production image: the compiled Express host serving the Next admin and Payload's API.
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# .npmrc preloads src/runtime/loadLexicalInOrder.mjs in every npm script, so it must exist first.
COPY package.json package-lock.json .npmrc ./
COPY src/runtime ./src/runtime
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 MEDIA_DIR=/app/media
# poppler-utils draws the print files' preview images (pdftoppm); Ghostscript makes them PDF/X
# (its package brings the CMYK output profile).
RUN apt-get update && apt-get install -y --no-install-recommends poppler-utils ghostscript \
  && rm -rf /var/lib/apt/lists/*
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /app/media /app/data && chown node:node /app/media /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/server.js"]
