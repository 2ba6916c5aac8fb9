package io.gioperator.reconcile.act;

import io.gioperator.partner.PartnerClient;
import io.gioperator.partner.SvaRegistrationRequest;
import io.gioperator.reconcile.desired.MoRefText;
import io.gioperator.reconcile.model.Action;
import io.gioperator.reconcile.model.AgencySpec;
import io.gioperator.reconcile.model.ObservedAgent;
import io.gioperator.reconcile.observe.AgencyConfigMapping;
import io.gioperator.reconcile.observe.FailureReasons;
import io.gioperator.reconcile.observe.Observation;
import io.gioperator.vsphere.eam.MaintenanceModePolicy;
import io.gioperator.vsphere.session.SessionReplacedException;
import io.gioperator.vsphere.session.VCenterConnection;
import io.gioperator.vsphere.soap.ManagedObjectNotFoundFault;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.eam.GoalState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes a plan's actions in order through the vSphere and partner clients and stops at the first failure:
 * later actions may depend on earlier ones, and the next reconcile plans again from a fresh observation.
 */
public final class ActionExecutor {

  private static final Logger LOG = LoggerFactory.getLogger(ActionExecutor.class);

  /** How long one vSphere task may take (power off, destroy, maintenance mode, reboot). */
  private final Duration taskTimeout;

  public ActionExecutor(Duration taskTimeout) {
    this.taskTimeout = taskTimeout;
  }

  /** {@code partner} is null when no solution manager is configured; {@code onDone} sees each success. */
  public ActResult execute(List<Action> actions, VCenterConnection vc, PartnerClient partner, Observation obs,
                           io.gioperator.reconcile.model.VibRef mux, Consumer<Action> onDone) {
    List<Action> done = new ArrayList<>();
    for (Action action : actions) {
      try {
        run(action, vc, partner, obs, mux);
        done.add(action);
        onDone.accept(action);
        LOG.info("{}: {}", action.getClass().getSimpleName(), action.reason());
      } catch (RuntimeException e) {
        if (SessionReplacedException.isCause(e)) {
          LOG.info("{} not finished: the vCenter session was replaced ({}); the next reconcile repeats it",
              action.getClass().getSimpleName(), FailureReasons.message(e));
          return new ActResult(done, action, ActResult.SESSION_REPLACED, FailureReasons.message(e));
        }
        String reason = FailureReasons.reason(e);
        String message = action.getClass().getSimpleName() + " failed (" + action.reason() + "): "
            + describe(e, action);
        LOG.warn("{} [{}]", message, reason);
        return new ActResult(done, action, reason, message);
      }
    }
    return new ActResult(done, null, null, null);
  }

  /** The failure's text; an agency config that was sent lets it name the exact downloadTls field. */
  private static String describe(RuntimeException e, Action action) {
    AgencySpec spec = action instanceof Action.CreateAgency a ? a.spec()
        : action instanceof Action.UpdateAgency u ? u.spec() : null;
    return spec == null ? FailureReasons.message(e) : FailureReasons.message(e, spec.ovfUrl(), spec.vibUrl());
  }

  private void run(Action action, VCenterConnection vc, PartnerClient partner, Observation obs,
                   io.gioperator.reconcile.model.VibRef mux) {
    if (action instanceof Action.CreateAgency a) {
      vc.eam().createAgency(AgencyConfigMapping.toWire(a.agencyName(), a.spec()), GoalState.ENABLED);
    } else if (action instanceof Action.UpdateAgency a) {
      vc.eam().update(MoRefText.agency(a.agencyRef()), AgencyConfigMapping.toWire(a.agencyName(), a.spec()));
    } else if (action instanceof Action.EnableAgency a) {
      vc.eam().agencyEnable(MoRefText.agency(a.agencyRef()));
    } else if (action instanceof Action.SetMaintenanceModePolicy a) {
      vc.eam().setMaintenanceModePolicy(MaintenanceModePolicy.parse(a.policy().wire()));
    } else if (action instanceof Action.ResolveIssues a) {
      vc.eam().resolve(MoRef.of(a.targetType().wireType(), a.targetRef()), a.issueKeys());
    } else if (action instanceof Action.RecreateSva a) {
      destroyVm(vc, a.vmRef());
    } else if (action instanceof Action.RegisterSva a) {
      register(partner, obs, a, mux);
    } else if (action instanceof Action.DeregisterSva a) {
      if (partner != null) {
        partner.delete(a.registrationId());
      }
    } else if (action instanceof Action.EnterMaintenanceMode a) {
      vc.hosts().enterMaintenanceMode(MoRefText.host(a.hostRef()), (int) taskTimeout.toSeconds(), Boolean.FALSE,
          taskTimeout);
    } else if (action instanceof Action.RemoveVib a) {
      removeVib(vc, a);
    } else if (action instanceof Action.RebootHost a) {
      vc.hosts().reboot(MoRefText.host(a.hostRef()), false, taskTimeout);
    } else if (action instanceof Action.ExitMaintenanceMode a) {
      vc.hosts().exitMaintenanceMode(MoRefText.host(a.hostRef()), (int) taskTimeout.toSeconds(), taskTimeout);
    } else if (action instanceof Action.UninstallAgency a) {
      vc.eam().uninstall(MoRefText.agency(a.agencyRef()));
    } else if (action instanceof Action.DestroyAgency a) {
      try {
        vc.eam().destroyAgency(MoRefText.agency(a.agencyRef()));
      } catch (ManagedObjectNotFoundFault gone) {
        // already destroyed: the goal is reached
      }
    } else {
      throw new IllegalStateException("unknown action " + action.getClass().getSimpleName());
    }
  }

  /** Power off and destroy; a VM that is already gone is what we wanted. Never a power-on. */
  private void destroyVm(VCenterConnection vc, String vmRef) {
    if (vmRef == null) {
      return;
    }
    try {
      vc.vms().powerOffAndDestroy(MoRefText.vm(vmRef), taskTimeout);
    } catch (ManagedObjectNotFoundFault gone) {
      // deleted in the meantime
    }
  }

  /** "Not installed" counts as success: the goal of the removal is reached. */
  private void removeVib(VCenterConnection vc, Action.RemoveVib a) {
    MoRef host = MoRefText.host(a.hostRef());
    boolean installed = vc.hosts().installedVibs(host).stream()
        .anyMatch(p -> a.vibName().equalsIgnoreCase(p.name()));
    if (installed) {
      vc.hosts().removeVib(host, a.vibName(), taskTimeout);
    }
  }

  private static void register(PartnerClient partner, Observation obs, Action.RegisterSva a,
                               io.gioperator.reconcile.model.VibRef mux) {
    if (partner == null) {
      return;
    }
    ObservedAgent agent = obs.cluster().agentOnHost(a.hostRef()).orElse(null);
    String vmName = agent != null && agent.vmName() != null ? agent.vmName() : a.vmRef();
    String installedMux = agent == null ? null : agent.vibVersion(mux.name());
    partner.register(new SvaRegistrationRequest(obs.clusterRef().value(), obs.clusterName(), a.hostRef(),
        a.hostName(), a.vmRef(), vmName, a.ip(), a.svaVersion(), installedMux == null ? mux.version() : installedMux));
  }
}
