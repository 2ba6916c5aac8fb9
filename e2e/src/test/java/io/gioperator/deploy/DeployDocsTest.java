package io.gioperator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The install and privilege docs say what the chart and the role commands actually contain. */
class DeployDocsTest {

  /** Values whose content is free-form Kubernetes objects: documented as a whole. */
  private static final Set<String> FREE_FORM = Set.of("resources");
  private static final Pattern PRIVILEGE = Pattern.compile("\\b(Sessions|EAM|VirtualMachine|Host|System)(\\.[A-Z]\\w*)+");

  @Test
  void everyChartValueIsInTheConfigurationReference() {
    String install = RepoFiles.read("docs/install.md");
    List<String> paths = new ArrayList<>();
    leafPaths("", YamlDocs.readOne(RepoFiles.read(HelmChart.CHART_DIR + "/values.yaml")), paths);

    assertThat(paths).hasSizeGreaterThan(30);
    assertThat(paths).allSatisfy(path -> assertThat(install).as(path).contains("`" + path + "`"));
  }

  @Test
  void theRoleCommandsGrantExactlyThePrivilegesTheTableExplains() {
    String doc = RepoFiles.read("docs/vcenter-privileges.md");
    String table = doc.substring(doc.indexOf("## The privileges"), doc.indexOf("Not needed, and not to be granted"));
    String govc = block(doc, "govc role.create");
    String powercli = block(doc, "New-VIRole");

    Set<String> explained = new TreeSet<>();
    for (String row : table.split("\\R")) {
      if (row.startsWith("| `")) {
        explained.addAll(privileges(row.substring(0, row.indexOf(" |", 2))));
      }
    }
    explained.removeIf(p -> p.startsWith("System."));

    assertThat(explained).contains("Sessions.ValidateSession", "EAM.View", "EAM.Modify",
        "VirtualMachine.Interact.PowerOff", "VirtualMachine.Interact.PowerOn", "VirtualMachine.Inventory.Delete",
        "Host.Config.Maintenance", "Host.Config.Patch");
    assertThat(privileges(govc)).isEqualTo(explained);
    assertThat(privileges(powercli)).isEqualTo(explained);
  }

  private static Set<String> privileges(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PRIVILEGE.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** The code block line that starts with the command, up to the end of its block. */
  private static String block(String doc, String command) {
    int start = doc.indexOf(command);
    return doc.substring(start, doc.indexOf("```", start));
  }

  private static void leafPaths(String prefix, JsonNode node, List<String> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
      if (field.getValue().isObject() && !field.getValue().isEmpty() && !FREE_FORM.contains(path)) {
        leafPaths(path, field.getValue(), out);
      } else {
        out.add(path);
      }
    }
  }
}
