package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.EamIssue;
import io.gioperator.reconcile.model.HostMemory;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.ObservedAgent;
import io.gioperator.reconcile.model.ObservedHost;
import io.gioperator.reconcile.model.PartnerRegistration;
import io.gioperator.reconcile.model.PowerState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scratch state for one host during one plan: the observation, the memory being updated, and what
 * the planners decided or noticed, from which {@link HostStepClassifier} writes the row.
 */
final class HostWork {

  /** A decision that fixes the row (budget exhausted, waiting for a slot, a remediation phase). */
  record Override(HostStep step, String reason, String message, boolean manual) {}

  final ObservedHost host;
  final ObservedAgent agent;
  final List<PartnerRegistration> registrations;
  final String muxVersion;
  final boolean muxOk;
  HostMemory memory;

  PartnerRegistration current;
  final List<PartnerRegistration> stale = new ArrayList<>();
  final Set<String> deregistered = new HashSet<>();
  HealthVerdict health;
  EamIssue powerIssue;
  /** When the previous plans first saw the SVA off without EAM's confirmation; this plan keeps it or drops it. */
  Instant poweredOffSeen;
  /** The first issue explaining each step. */
  final Map<IssueStage, EamIssue> stageIssues = new EnumMap<>(IssueStage.class);
  /** Issues that need a person (passive, not remediable, unknown, host in maintenance mode). */
  final List<EamIssue> reported = new ArrayList<>();
  /** Facts appended to the row message (e.g. an action that is blocked). */
  final List<String> notes = new ArrayList<>();
  Override override;

  HostWork(ObservedHost host, ObservedAgent agent, List<PartnerRegistration> registrations,
      HostMemory memory, String desiredMuxVersion, String muxName) {
    this.host = host;
    this.agent = agent;
    this.registrations = registrations;
    this.memory = memory;
    this.muxVersion = agent == null ? null : agent.vibVersion(muxName);
    this.muxOk = muxVersion != null && muxVersion.equals(desiredMuxVersion);
  }

  String vmRef() {
    return agent == null ? null : agent.vmRef();
  }

  PowerState power() {
    return agent == null ? null : agent.powerState();
  }

  boolean running() {
    return vmRef() != null && power() == PowerState.POWERED_ON;
  }

  /** True while a re-creation is in flight and its fresh VM does not exist yet. */
  boolean awaitingFreshVm() {
    return memory.recreate() != null
        && (vmRef() == null || vmRef().equals(memory.recreate().oldVmRef()));
  }

  void override(HostStep step, String reason, String message, boolean manual) {
    if (override == null) {
      override = new Override(step, reason, message, manual);
    }
  }

  void noteIssue(IssueStage stage, EamIssue issue) {
    stageIssues.putIfAbsent(stage, issue);
  }

  boolean isReported(EamIssue issue) {
    return reported.contains(issue);
  }
}
