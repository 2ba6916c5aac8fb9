package io.gioperator.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiles and evaluates x-kubernetes-validations rules with a real CEL implementation (cel-java), binding
 * {@code self} (and {@code oldSelf} for transition rules) the way the API server does: JSON objects become maps,
 * arrays lists, integers int (long), numbers double.
 */
public final class CelRules {

  private static final Pattern OLD_SELF = Pattern.compile("\\boldSelf\\b");

  private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
      .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
      .addLibraries(CelExtensions.strings())
      .addVar("self", SimpleType.DYN)
      .addVar("oldSelf", SimpleType.DYN)
      .build();

  private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder()
      .addLibraries(CelExtensions.strings())
      .build();

  private static final Map<String, CelRuntime.Program> PROGRAMS = new ConcurrentHashMap<>();

  private CelRules() {}

  /** Compiles a rule; throws with the compiler's message if it is not valid CEL or does not yield a bool. */
  public static CelAbstractSyntaxTree compile(String rule) {
    try {
      CelAbstractSyntaxTree ast = COMPILER.compile(rule).getAst();
      if (!ast.getResultType().equals(SimpleType.BOOL) && !ast.getResultType().equals(SimpleType.DYN)) {
        throw new IllegalArgumentException("rule does not yield a bool but " + ast.getResultType() + ": " + rule);
      }
      return ast;
    } catch (CelValidationException e) {
      throw new IllegalArgumentException("rule does not compile: " + rule + ": " + e.getMessage(), e);
    }
  }

  /** A transition rule compares with the stored object and is only evaluated on updates. */
  public static boolean isTransitionRule(String rule) {
    return OLD_SELF.matcher(rule).find();
  }

  /** Evaluates a rule; {@code oldSelf} may be null for rules that are not transition rules. */
  public static Object evaluate(String rule, JsonNode self, JsonNode oldSelf) throws CelEvaluationException {
    CelRuntime.Program program = PROGRAMS.computeIfAbsent(rule, r -> {
      try {
        return RUNTIME.createProgram(compile(r));
      } catch (CelEvaluationException e) {
        throw new IllegalArgumentException("cannot plan rule " + r, e);
      }
    });
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("self", toCel(self));
    if (oldSelf != null) {
      variables.put("oldSelf", toCel(oldSelf));
    }
    return program.eval(variables);
  }

  /** Converts a JSON value to what CEL sees for it in the API server. */
  static Object toCel(JsonNode value) {
    if (value.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      value.fields().forEachRemaining(e -> map.put(e.getKey(), toCel(e.getValue())));
      return map;
    }
    if (value.isArray()) {
      List<Object> list = new ArrayList<>();
      value.forEach(item -> list.add(toCel(item)));
      return list;
    }
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isIntegralNumber()) {
      return value.asLong();
    }
    if (value.isNumber()) {
      return value.asDouble();
    }
    throw new IllegalArgumentException("CEL has no value for " + value);
  }
}
