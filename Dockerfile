# Builds the service with its dashboard, then runs it on a JRE. Used by docker-compose.yml.
FROM node:20-bookworm AS build
RUN apt-get update -qq && apt-get install -y -qq openjdk-17-jdk-headless >/dev/null
WORKDIR /src
COPY . .
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/backend/target/quarkus-app/ /app/
EXPOSE 8080
USER 1001
# The heap takes at most three quarters of the container's memory limit.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/quarkus-run.jar"]
