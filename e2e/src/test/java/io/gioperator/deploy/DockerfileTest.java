package io.gioperator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gioperator.app.OperatorConfig;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the image without a container engine: who it runs as, what it starts, and that the
 * Dockerfile, the chart and the operator agree.
 */
class DockerfileTest {

  private static final DockerfileModel DOCKERFILE = DockerfileModel.parse(RepoFiles.read("Dockerfile"));
  private static final DockerfileModel.Stage RUNTIME = DOCKERFILE.finalStage();

  @Test
  void theImageRunsAsTheNonRootUserTheChartExpects() {
    String user = RUNTIME.last("USER").orElseThrow();
    long uid = Long.parseLong(user.split(":")[0]);

    assertThat(uid).as("numeric, non-root UID (runAsNonRoot needs a number)").isPositive();
    assertThat(uid).isEqualTo(HelmChart.ofRepo().render().deployment().getSpec().getTemplate().getSpec()
        .getSecurityContext().getRunAsUser());
  }

  @Test
  void theEntrypointStartsTheOperatorsMainClass() throws Exception {
    List<String> entrypoint = entrypoint();
    String mainClass = entrypoint.get(entrypoint.size() - 1);

    assertThat(entrypoint.get(0)).isEqualTo("java");
    assertThat(mainClass).isEqualTo("io.gioperator.app.OperatorMain");
    assertThat(Files.isRegularFile(RepoFiles.path("operator/src/main/java/" + mainClass.replace('.', '/') + ".java")))
        .isTrue();
    Method main = Class.forName(mainClass).getMethod("main", String[].class);
    assertThat(Modifier.isStatic(main.getModifiers())).isTrue();
  }

  @Test
  void theClasspathIsWhatTheBuildStageCopiesIntoTheImage() {
    List<String> entrypoint = entrypoint();
    String classpath = entrypoint.get(entrypoint.indexOf("-cp") + 1);
    String buildSteps = String.join("\n", DOCKERFILE.stage("build").orElseThrow().all("RUN"));

    assertThat(classpath.split(":")).containsExactly("/app/gi-operator.jar", "/app/lib/*");
    assertThat(RUNTIME.all("COPY")).contains("--from=build /out/ /app/");
    assertThat(buildSteps).contains("-pl operator -am").contains("/out/gi-operator.jar").contains("/out/lib/")
        .contains("operator/target/lib");
  }

  @Test
  void stagesUseJava17() {
    assertThat(DOCKERFILE.stage("build").orElseThrow().image()).contains("temurin-17");
    assertThat(RUNTIME.image()).contains("java17");
    assertThat(RUNTIME.image()).as("runtime is a JRE image, not the Maven build image").doesNotContain("maven");
  }

  @Test
  void logsAreJsonAndThePortIsTheOperatorsDefault() {
    assertThat(RUNTIME.all("ENV")).contains("GI_LOG_FORMAT=json");
    assertThat(OperatorEnvironment.logbackXml()).contains("${GI_LOG_FORMAT");
    assertThat(RUNTIME.all("EXPOSE")).containsExactly(String.valueOf(OperatorConfig.defaults().httpPort()));
  }

  @Test
  void buildOutputAndVcsDataStayOutOfTheBuildContext() {
    List<String> ignored = Arrays.stream(RepoFiles.read(".dockerignore").split("\\R"))
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();

    assertThat(ignored).contains("**/target/", ".git/");
    // What the build stage copies must not be ignored.
    assertThat(ignored).doesNotContain("operator/", "operator/src/", "simulator/src/", "pom.xml");
  }

  @Test
  void theParserJoinsContinuationsAndSubstitutesGlobalArgs() {
    DockerfileModel model = DockerfileModel.parse("""
        ARG BASE=alpine:3
        FROM ${BASE} AS one
        # a comment
        RUN a \\
            b
        FROM scratch
        USER 1000
        """);

    assertThat(model.stages()).hasSize(2);
    assertThat(model.stage("one").orElseThrow().image()).isEqualTo("alpine:3");
    assertThat(model.stage("one").orElseThrow().all("RUN")).containsExactly("a b");
    assertThat(model.finalStage().last("USER")).contains("1000");
  }

  private static List<String> entrypoint() {
    String raw = RUNTIME.last("ENTRYPOINT").orElseThrow();
    try {
      return Arrays.asList(new ObjectMapper().readValue(raw, String[].class));
    } catch (Exception e) {
      throw new AssertionError("ENTRYPOINT must be the exec (JSON array) form so java gets SIGTERM: " + raw, e);
    }
  }
}
