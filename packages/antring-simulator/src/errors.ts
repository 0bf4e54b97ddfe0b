/** Errors the simulated API answers with; each maps to a status and an AntRing error code. */
export class AntRingApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = new.target.name;
  }
}

export class AppIdMissingError extends AntRingApiError {
  constructor() {
    super(400, "APPID_MISSING");
  }
}

export class AppIdNotFoundError extends AntRingApiError {
  constructor() {
    super(400, "APPID_NOT_FOUND");
  }
}

export class HashMismatchError extends AntRingApiError {
  constructor() {
    super(400, "HASH_NOT_MATCH");
  }
}

export class InvalidParameterError extends AntRingApiError {
  constructor() {
    super(400, "INVALID_PARAMETER");
  }
}

export class MediaNotFoundError extends AntRingApiError {
  constructor() {
    super(400, "MEDIA_NOT_FOUND");
  }
}

export class DeviceOfflineError extends AntRingApiError {
  constructor() {
    super(400, "DEVICE_OFFLINE");
  }
}

export class MethodNotSupportedError extends AntRingApiError {
  constructor() {
    super(404, "METHOD_NOT_SUPPORT");
  }
}

export class RequestLimitExceededError extends AntRingApiError {
  constructor() {
    super(503, "REQUEST_LIMIT_EXCEEDED", { "Retry-After": "1" });
  }
}

const INJECTED_CODES: Record<number, string> = {
  429: "REQUEST_LIMIT_EXCEEDED",
  500: "INTERNAL_SERVER_ERROR",
  502: "BAD_GATEWAY",
  503: "SERVICE_UNAVAILABLE",
  504: "GATEWAY_TIMEOUT",
};

/** A failure injected by SimulatorFaults.failureRate (any status 400-599). */
export class InjectedFailureError extends AntRingApiError {
  constructor(status: number) {
    super(status, INJECTED_CODES[status] ?? "INJECTED_FAILURE");
  }
}

export class RecordingUrlExpiredError extends AntRingApiError {
  constructor() {
    super(403, "REQUEST_EXPIRED");
  }
}

export class RecordingSignatureError extends AntRingApiError {
  constructor() {
    super(403, "SIGNATURE_DOES_NOT_MATCH");
  }
}

export class RangeNotSatisfiableError extends AntRingApiError {
  constructor(size: number) {
    super(416, "RANGE_NOT_SATISFIABLE", { "Content-Range": `bytes */${size}` });
  }
}

/** A bad option passed to startSimulator or setFaults (a programming error, thrown, not served). */
export class InvalidSimulatorOptionError extends Error {
  constructor(option: string, reason: string) {
    super(`invalid simulator option ${option}: ${reason}`);
    this.name = "InvalidSimulatorOptionError";
  }
}
