package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.Condition;

/**
 * The agency's state for the summary.
 *
 * @param usable the agency exists, is enabled and has the desired config: a precondition of Ready
 */
record AgencyOutcome(boolean present, boolean usable, Condition condition) {}
