package io.gioperator.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read the way a builder reads it, enough to check what the image will be: instructions with
 * line continuations joined and comments dropped, grouped into stages by FROM, with global ARG defaults
 * substituted into FROM.
 */
record DockerfileModel(List<Stage> stages) {

  record Instruction(String keyword, String arguments) {}

  record Stage(String image, String name, List<Instruction> instructions) {

    List<String> all(String keyword) {
      return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    Optional<String> last(String keyword) {
      List<String> values = all(keyword);
      return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }
  }

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");

  static DockerfileModel parse(String text) {
    Map<String, String> globalArgs = new LinkedHashMap<>();
    List<Stage> stages = new ArrayList<>();
    List<Instruction> current = null;
    for (String line : logicalLines(text)) {
      String[] parts = line.split("\\s+", 2);
      String keyword = parts[0].toUpperCase(Locale.ROOT);
      String arguments = parts.length > 1 ? parts[1].trim() : "";
      if (keyword.equals("FROM")) {
        String[] from = substitute(arguments, globalArgs).split("\\s+");
        String name = from.length >= 3 && from[1].equalsIgnoreCase("AS") ? from[2] : null;
        current = new ArrayList<>();
        stages.add(new Stage(from[0], name, current));
      } else if (current == null) {
        if (keyword.equals("ARG")) {
          String[] arg = arguments.split("=", 2);
          globalArgs.put(arg[0], arg.length > 1 ? arg[1] : "");
        }
      } else {
        current.add(new Instruction(keyword, arguments));
      }
    }
    return new DockerfileModel(stages);
  }

  Stage finalStage() {
    return stages.get(stages.size() - 1);
  }

  Optional<Stage> stage(String name) {
    return stages.stream().filter(s -> name.equals(s.name())).findFirst();
  }

  private static List<String> logicalLines(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.startsWith("#")) {
        continue;
      }
      if (line.endsWith("\\")) {
        pending.append(line.substring(0, line.length() - 1).strip()).append(" ");
        continue;
      }
      pending.append(line);
      if (!pending.toString().isBlank()) {
        lines.add(pending.toString().strip());
      }
      pending.setLength(0);
    }
    return lines;
  }

  private static String substitute(String value, Map<String, String> args) {
    Matcher m = VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(args.getOrDefault(name, "")));
    }
    m.appendTail(out);
    return out.toString();
  }
}
