/** `Service Mesh Interface (SMI)` → `service-mesh-interface-smi`: the ids the data and the URL query use. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
