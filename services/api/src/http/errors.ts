import type { FastifyError, FastifyInstance } from "fastify";
import { BadRequestError } from "./cursor.ts";

/** Every error answers JSON `{error, message, field?}`; malformed requests are 400 naming the field. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof BadRequestError) {
      return reply.code(400).send({ error: "bad_request", message: error.message, field: error.field });
    }
    if (error.validation) {
      const first = error.validation[0];
      const params = first?.params as { missingProperty?: string; additionalProperty?: string } | undefined;
      const missing = params?.missingProperty ?? params?.additionalProperty;
      const path = (first?.instancePath ?? "").replace(/^\//, "").replace(/\//g, ".");
      const field = missing ?? (path || error.validationContext || "request");
      return reply.code(400).send({ error: "bad_request", message: `${field}: ${first?.message ?? "invalid"}`, field });
    }
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, "request failed");
    return reply.code(status).send({
      error: status >= 500 ? "internal" : (error.code ?? "error"),
      message: status >= 500 ? "internal error" : error.message,
    });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: "not_found", message: `no route ${request.method} ${request.url.split("?")[0]}` }),
  );
}
