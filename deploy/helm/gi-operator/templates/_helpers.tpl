{{/* Name of the chart, overridable. */}}
{{- define "gi-operator.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full name of the release's objects: the release name when it already contains the chart name. */}}
{{- define "gi-operator.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "gi-operator.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels of every object. */}}
{{- define "gi-operator.labels" -}}
helm.sh/chart: {{ include "gi-operator.chart" . }}
{{ include "gi-operator.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: gi-operator
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Labels that select the operator's pods: never change them, a Deployment's selector is immutable. */}}
{{- define "gi-operator.selectorLabels" -}}
app.kubernetes.io/name: {{ include "gi-operator.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "gi-operator.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "gi-operator.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- required "serviceAccount.name is required when serviceAccount.create is false" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "gi-operator.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/*
The operator's environment: the only place where values become the variables the process reads
(io.gioperator.app.OperatorConfig, logback.xml and the vSphere client).
*/}}
{{- define "gi-operator.env" -}}
- name: GI_WATCH_NAMESPACES
  value: {{ join "," .Values.watchNamespaces | quote }}
- name: GI_HTTP_PORT
  value: {{ .Values.http.port | quote }}
- name: GI_SERVER_SIDE_APPLY
  value: {{ .Values.serverSideApply | quote }}
- name: GI_RECONCILE_THREADS
  value: {{ .Values.reconcileThreads | quote }}
- name: GI_LEADER_ELECTION
  value: {{ .Values.leaderElection.enabled | quote }}
- name: GI_LEASE_NAME
  value: {{ .Values.leaderElection.leaseName | quote }}
- name: GI_LEASE_NAMESPACE
  valueFrom:
    fieldRef:
      fieldPath: metadata.namespace
- name: GI_SHUTDOWN_GRACE_SECONDS
  value: {{ .Values.shutdownGraceSeconds | quote }}
- name: GI_LOG_FORMAT
  value: {{ .Values.logFormat | quote }}
{{- /* Read by the operator's vSphere client: the per-vCenter call budget. */}}
- name: GI_VCENTER_RATE_PER_SECOND
  value: {{ .Values.vcenterCallBudget.ratePerSecond | quote }}
- name: GI_VCENTER_MAX_CONCURRENT
  value: {{ .Values.vcenterCallBudget.maxConcurrent | quote }}
{{- /* The reconcile intervals: set only when given, so the operator's defaults apply otherwise. */}}
{{- with .Values.reconcile.convergingInterval }}
- name: GI_CONVERGING_INTERVAL
  value: {{ . | quote }}
{{- end }}
{{- with .Values.reconcile.steadyInterval }}
- name: GI_STEADY_INTERVAL
  value: {{ . | quote }}
{{- end }}
{{- with .Values.reconcile.retryInterval }}
- name: GI_RETRY_INTERVAL
  value: {{ . | quote }}
{{- end }}
{{- with .Values.reconcile.partnerWatchInterval }}
- name: GI_PARTNER_WATCH_INTERVAL
  value: {{ . | quote }}
{{- end }}
{{- with .Values.javaOptions }}
- name: JDK_JAVA_OPTIONS
  value: {{ . | quote }}
{{- end }}
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
What the operator may do in a namespace it watches (or everywhere, through the ClusterRole): read and patch its
own resources, their status and finalizers; read Secrets and CA-bundle ConfigMaps; record Events. Nothing else.
*/}}
{{- define "gi-operator.operatorRules" -}}
- apiGroups: ["gi-operator.io"]
  resources: ["vcenters", "partnersolutions", "guestintrospections"]
  verbs: ["get", "list", "watch", "patch", "update"]
- apiGroups: ["gi-operator.io"]
  resources: ["vcenters/status", "partnersolutions/status", "guestintrospections/status"]
  verbs: ["get", "patch", "update"]
- apiGroups: ["gi-operator.io"]
  resources: ["vcenters/finalizers", "partnersolutions/finalizers", "guestintrospections/finalizers"]
  verbs: ["update"]
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get", "list", "watch"]
# CA bundles for vCenter and partner-manager TLS may live in ConfigMaps (spec.tls.caBundle.configMapKeyRef).
- apiGroups: [""]
  resources: ["configmaps"]
  verbs: ["get"]
- apiGroups: [""]
  resources: ["events"]
  verbs: ["create", "patch"]
- apiGroups: ["events.k8s.io"]
  resources: ["events"]
  verbs: ["create", "patch"]
{{- end }}
