package dev.aispm.scanners.model.keras;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.model.ModelFindings;
import dev.aispm.scanners.model.pickle.GlobalVerdict;
import dev.aispm.scanners.model.pickle.PickleGlobalPolicy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks a Keras config tree by structure, not by one expected layout: Keras 2 and 3 nest layers
 * differently, and published bypasses put the dangerous reference in a nested object (an
 * initializer naming {@code builtins.exec}) rather than at the top level. Shared by every format
 * that carries a Keras config.
 */
public final class KerasConfigInspector {
  /** A Lambda layer: Keras runs its function, often stored as marshalled bytecode. */
  public static final String LAMBDA_LAYER = "model.keras.lambda-layer";
  /** A config object naming a module that runs code or touches the system. */
  public static final String UNSAFE_MODULE = "model.keras.unsafe-module";
  /** A config object naming code outside Keras and TensorFlow, needed (and run) at load time. */
  public static final String CUSTOM_OBJECT = "model.keras.custom-object";
  private static final int MAX_NODES = 5_000_000;

  private KerasConfigInspector() {
  }

  /** Reports Lambda layers and module references anywhere in {@code root}. */
  public static void inspect(JsonNode root, String location, Consumer<ContentFinding> findings) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    Set<String> reported = new HashSet<>();
    int visited = 0;
    while (!todo.isEmpty()) {
      if (++visited > MAX_NODES) {
        findings.accept(ModelFindings.limitExceeded("keras config", location, "config nodes",
            "more than " + MAX_NODES + " JSON nodes"));
        return;
      }
      JsonNode node = todo.pop();
      if (node.isObject()) {
        inspectObject(node, location, findings, reported);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          JsonNode child = fields.next().getValue();
          if (child.isContainerNode()) {
            todo.push(child);
          }
        }
      } else if (node.isArray()) {
        node.forEach(child -> {
          if (child.isContainerNode()) {
            todo.push(child);
          }
        });
      }
    }
  }

  private static void inspectObject(JsonNode node, String location,
      Consumer<ContentFinding> findings, Set<String> reported) {
    String className = node.path("class_name").asText("");
    JsonNode config = node.path("config");
    if (className.equals("Lambda") || className.endsWith(">Lambda")
        || node.path("registered_name").asText("").endsWith("Lambda")
            && !className.equals("TFOpLambda")) {
      String layerName = config.path("name").asText(node.path("name").asText("?"));
      if (reported.add("lambda|" + layerName)) {
        boolean bytecode = hasBytecode(config.path("function"));
        findings.accept(ModelFindings.finding(LAMBDA_LAYER,
            bytecode ? Severity.CRITICAL : Severity.HIGH,
            "Keras Lambda layer '" + layerName + "' "
                + (bytecode ? "carries serialized Python bytecode that runs when the model loads"
                    : "calls a Python function when the model runs"),
            location, "layer", layerName, "bytecode", Boolean.toString(bytecode)));
      }
    }
    for (String moduleKey : new String[] {"module", "fn_module"}) {
      JsonNode module = moduleKey.equals("module") ? node.path("module") : config.path("fn_module");
      if (!module.isTextual() || module.asText().isBlank()) {
        continue;
      }
      String mod = module.asText();
      String name = moduleKey.equals("fn_module") ? config.path("function").asText("")
          : referencedName(node, className);
      String qualified = mod + "." + name;
      if (!reported.add("module|" + qualified)) {
        continue;
      }
      GlobalVerdict verdict = PickleGlobalPolicy.classify(mod, name.isEmpty() ? "?" : name);
      String kerasDanger = kerasDanger(name);
      if (verdict.kind() == GlobalVerdict.Kind.DANGEROUS
          || verdict.kind() == GlobalVerdict.Kind.SUSPICIOUS || kerasDanger != null) {
        // Checked before the Keras namespace is trusted: published safe-mode bypasses named
        // Keras' own helpers (get_file, enable_unsafe_deserialization, TorchModuleWrapper).
        String reason = kerasDanger != null ? kerasDanger : verdict.reason();
        findings.accept(ModelFindings.finding(UNSAFE_MODULE, Severity.CRITICAL,
            "Keras config makes the loader import " + qualified + " (" + reason + ")",
            location, "module", mod, "name", name, "reason", reason));
      } else if (!isKerasNamespace(mod)) {
        findings.accept(ModelFindings.finding(CUSTOM_OBJECT, Severity.HIGH,
            "Keras config needs custom code " + qualified
                + " at load time; it is not part of Keras or TensorFlow and runs when loaded",
            location, "module", mod, "name", name));
      }
    }
  }

  /**
   * The callable a config object names: its class, or for a serialized function
   * ({@code class_name: "function"}) the function name held in {@code config}.
   */
  private static String referencedName(JsonNode node, String className) {
    JsonNode config = node.path("config");
    if (className.equals("function") && config.isTextual()) {
      return config.asText();
    }
    return className.isEmpty() ? node.path("registered_name").asText("") : className;
  }

  /** Why a name inside the Keras or TensorFlow namespace still runs code; null when it does not. */
  private static String kerasDanger(String name) {
    String leaf = name.substring(name.lastIndexOf('.') + 1);
    return switch (leaf) {
      case "enable_unsafe_deserialization" -> "turns off Keras safe mode";
      case "get_file" -> "downloads files";
      case "load_model", "load_weights" -> "loads another model (nested deserialization)";
      case "TorchModuleWrapper" -> "wraps a pickled PyTorch module (torch.load)";
      case "py_function", "numpy_function", "py_func" -> "runs a Python function";
      default -> null;
    };
  }

  private static boolean hasBytecode(JsonNode function) {
    if (function.isArray()) {
      return function.size() > 0 && function.get(0).isTextual();
    }
    if (function.isObject()) {
      return function.path("class_name").asText("").equals("__lambda__")
          || function.path("config").path("code").isTextual();
    }
    return false;
  }

  private static boolean isKerasNamespace(String module) {
    for (String ns : new String[] {"keras", "tensorflow", "tf_keras", "tf"}) {
      if (module.equals(ns) || module.startsWith(ns + ".")) {
        return true;
      }
    }
    return false;
  }
}
