/** The parts of deploy/kubernetes/container-docs.yaml the tests read, as js-yaml returns them. */
export type Container = {
  image: string;
  securityContext: Record<string, unknown>;
  resources: {requests?: Record<string, unknown>; limits?: Record<string, unknown>};
  ports: {containerPort: number}[];
  volumeMounts: {name: string; mountPath: string}[];
  readinessProbe?: unknown;
  livenessProbe?: unknown;
};

export type PodSpec = {
  securityContext: {runAsNonRoot?: boolean; runAsUser: number; runAsGroup: number; seccompProfile?: unknown};
  containers: Container[];
  volumes: {name: string; emptyDir?: object}[];
};

export type KubernetesObject = {
  kind: string;
  spec: {template: {spec: PodSpec}; selector?: unknown; replicas: number; minAvailable: number};
};
