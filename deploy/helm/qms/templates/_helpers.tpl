{{- define "qms.labels" -}}
app.kubernetes.io/name: qms
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "qms.image" -}}
image: {{ printf "%s:%s" .Values.image.repository .Values.image.tag | quote }}
imagePullPolicy: {{ .Values.image.pullPolicy }}
{{- end }}

{{- define "qms.podSecurity" -}}
runAsNonRoot: true
runAsUser: {{ .Values.securityContext.runAsUser }}
runAsGroup: {{ .Values.securityContext.runAsGroup }}
fsGroup: {{ .Values.securityContext.fsGroup }}
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "qms.containerSecurity" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: ["ALL"]
{{- end }}

{{- define "qms.env" -}}
- name: DEBUG
  value: "0"
- name: POD_IP
  valueFrom:
    fieldRef:
      fieldPath: status.podIP
- name: MEDIA_ROOT
  value: /tmp/media
- name: FILE_UPLOAD_TEMP_DIR
  value: /tmp/uploads
- name: XDG_CACHE_HOME
  value: /tmp/cache
{{- range $name, $value := .Values.config }}
- name: {{ $name }}
  value: {{ $value | quote }}
{{- end }}
{{- range $name, $key := .Values.secrets.keys }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $.Values.secrets.name }}
      key: {{ $key }}
{{- end }}
{{- end }}

{{- define "qms.volumes" -}}
- name: tmp
  emptyDir:
    sizeLimit: 2Gi
{{- end }}

{{- define "qms.mounts" -}}
- name: tmp
  mountPath: /tmp
{{- end }}
