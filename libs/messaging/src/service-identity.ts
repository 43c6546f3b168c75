/** Which service of the node this process is; names its consumer group, client and schema. */
export class ServiceIdentity {
  constructor(readonly serviceName: string) {}
}
