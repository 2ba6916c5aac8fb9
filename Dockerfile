# syntax=docker/dockerfile:1
# The gi-operator image: built with Maven on a JDK 17, run on a distroless JRE 17 as UID 65532 (no shell, no
# package manager). Build from the repository root:
#   docker build -t registry.example.com/platform/gi-operator:0.1.0 .
#   podman build -t ... .        buildah bud -t ... .
# The operator module produces operator/target/gi-operator-<version>.jar and its runtime dependencies in
# operator/target/lib/ (docs/install.md#container-image). The image runs exactly what the tests run:
#   java -cp gi-operator.jar:lib/* io.gioperator.app.OperatorMain

ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=gcr.io/distroless/java17-debian12:nonroot

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
# Poms first: the dependency download is cached until a pom changes.
COPY pom.xml ./
COPY simulator/pom.xml simulator/
COPY operator/pom.xml operator/
COPY e2e/pom.xml e2e/
COPY simulator/src simulator/src
COPY operator/src operator/src
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -pl operator -am -DskipTests package
# One application jar (not sources/tests/javadoc) and its dependencies, under fixed names for the runtime stage.
RUN set -eu; \
    jars=$(ls operator/target/gi-operator-*.jar | grep -v -E -- '-(sources|javadoc|tests)\.jar$'); \
    [ "$(printf '%s\n' "$jars" | wc -l)" -eq 1 ] || { echo "expected one operator jar: $jars" >&2; exit 1; }; \
    [ -d operator/target/lib ] || { echo "operator/target/lib is missing: the operator module must copy its runtime dependencies there" >&2; exit 1; }; \
    mkdir -p /out/lib; \
    cp "$jars" /out/gi-operator.jar; \
    cp operator/target/lib/*.jar /out/lib/

FROM ${RUNTIME_IMAGE}
LABEL org.opencontainers.image.title="gi-operator" \
      org.opencontainers.image.description="Kubernetes operator for VMware Guest Introspection"
WORKDIR /app
COPY --from=build /out/ /app/
# Logs for collectors; the chart sets the same (logFormat).
ENV GI_LOG_FORMAT=json
# /healthz, /readyz and /metrics (GI_HTTP_PORT).
EXPOSE 8080
USER 65532:65532
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-cp", "/app/gi-operator.jar:/app/lib/*", "io.gioperator.app.OperatorMain"]
