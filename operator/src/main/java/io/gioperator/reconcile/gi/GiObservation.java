package io.gioperator.reconcile.gi;

import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.partner.PartnerClient;
import io.gioperator.reconcile.desired.AgencyNames;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.observe.ClusterObserver;
import io.gioperator.reconcile.observe.Observation;
import io.gioperator.reconcile.refs.GiReferences;
import io.gioperator.reconcile.refs.VCenterTargets;
import io.gioperator.vsphere.session.SessionReplacedException;
import io.gioperator.vsphere.session.VCenterConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The observe step shared by convergence and deletion: resolve the references, connect, read vCenter and the
 * partner. When the VCenter's credentials or trust changed under a running observe, its session was replaced:
 * that says nothing about the vCenter, so the step starts over once with fresh references instead of reporting
 * the vCenter unreachable.
 */
record GiObservation(GiReferences.Resolved refs, VCenterConnection vc, PartnerClient partner, Observation obs) {

  private static final Logger LOG = LoggerFactory.getLogger(GiObservation.class);

  /**
   * Throws {@code ReferenceException}, {@code ObserveException} or another runtime exception on failure. For
   * {@code removal}, only the references removal needs are resolved ({@link GiReferences#resolveForRemoval}).
   */
  static GiObservation observe(GiServices s, GuestIntrospection gi, Memory memory, boolean removal) {
    try {
      return once(s, gi, memory, removal);
    } catch (RuntimeException e) {
      if (!SessionReplacedException.isCause(e)) {
        throw e;
      }
      LOG.info("vCenter session replaced during the observation ({}); observing again", e.getMessage());
      return once(s, gi, memory, removal);
    }
  }

  private static GiObservation once(GiServices s, GuestIntrospection gi, Memory memory, boolean removal) {
    GiReferences.Resolved refs = removal ? s.references().resolveForRemoval(gi) : s.references().resolve(gi);
    VCenterConnection vc = s.pool().connect(VCenterTargets.sessionOwner(refs.vcenter()), refs.target());
    PartnerClient partner = s.partners().get(refs.partnerConfig());
    Observation obs = ClusterObserver.observe(vc, gi.getSpec(),
        AgencyNames.of(gi.getMetadata().getNamespace(), gi.getMetadata().getName()), partner, memory, removal);
    return new GiObservation(refs, vc, partner, obs);
  }
}
