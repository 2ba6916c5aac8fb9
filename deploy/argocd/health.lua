-- Argo CD health of a gi-operator.io resource (GuestIntrospection, VCenter, PartnerSolution), read from its
-- kstatus conditions (Ready, Reconciling, Stalled) and observedGeneration. Installed through argocd-cm
-- (argocd-cm-health.yaml); tested with health_test.yaml and testdata/.
local hs = {}

local function condition(conditionType)
  if obj.status ~= nil and obj.status.conditions ~= nil then
    for _, c in ipairs(obj.status.conditions) do
      if c.type == conditionType then
        return c
      end
    end
  end
  return nil
end

local function describe(c, fallback)
  local text = fallback
  if c ~= nil and c.reason ~= nil and c.reason ~= "" then
    text = c.reason
  end
  if c ~= nil and c.message ~= nil and c.message ~= "" then
    text = text .. ": " .. c.message
  end
  return text
end

if obj.metadata ~= nil and obj.metadata.deletionTimestamp ~= nil then
  hs.status = "Progressing"
  hs.message = "Deleting: the operator is cleaning up in vSphere before it releases the finalizer"
  local reconciling = condition("Reconciling")
  if reconciling ~= nil and reconciling.status == "True" then
    hs.message = hs.message .. " (" .. describe(reconciling, "Reconciling") .. ")"
  end
  -- A VCenter or PartnerSolution waits for the GuestIntrospections that still need it.
  local ready = condition("Ready")
  if ready ~= nil and ready.reason == "InUse" then
    hs.message = "Deleting, waiting for its users: " .. describe(ready, "InUse")
  end
  return hs
end

if obj.spec ~= nil and obj.spec.paused == true then
  hs.status = "Suspended"
  hs.message = "Paused (spec.paused is true): the operator does not change vSphere"
  return hs
end

if obj.status == nil then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to report status"
  return hs
end

local generation = obj.metadata.generation
local observed = obj.status.observedGeneration
if generation ~= nil and (observed == nil or observed < generation) then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to observe generation " .. generation
  return hs
end

local stalled = condition("Stalled")
if stalled ~= nil and stalled.status == "True" then
  hs.status = "Degraded"
  hs.message = describe(stalled, "Stalled")
  return hs
end

local reconciling = condition("Reconciling")
if reconciling ~= nil and reconciling.status == "True" then
  hs.status = "Progressing"
  hs.message = describe(reconciling, "Reconciling")
  return hs
end

local ready = condition("Ready")
if ready == nil then
  hs.status = "Progressing"
  hs.message = "Waiting for the Ready condition"
  return hs
end
if generation ~= nil and ready.observedGeneration ~= nil and ready.observedGeneration < generation then
  hs.status = "Progressing"
  hs.message = "Waiting for the Ready condition of generation " .. generation
  return hs
end
if ready.status ~= "True" and ready.status ~= "False" then
  hs.status = "Progressing"
  hs.message = describe(ready, "Ready is Unknown")
  return hs
end

if ready.status == "True" then
  hs.status = "Healthy"
  hs.message = describe(ready, "Ready")
  return hs
end

-- Ready is False while the operator neither reconciles nor is stalled: a failure it reported and waits on.
hs.status = "Degraded"
hs.message = describe(ready, "NotReady")
return hs
