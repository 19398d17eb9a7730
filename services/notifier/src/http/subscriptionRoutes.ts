import { alertMode } from "@pushback/events";
import type { FastifyPluginAsync } from "fastify";
import {
  addSubscription,
  readSubscription,
  readSubscriptions,
  removeSubscription,
  type Subscription,
  SubscriptionInputError,
} from "../subscriptions/subscriptions.ts";
import type { NotifierRouteOptions } from "./routeOptions.ts";

const nullableText = { type: ["string", "null"], maxLength: 200 } as const;

const subscriptionSchema = {
  type: "object",
  properties: {
    subscriptionId: { type: "string" },
    email: { type: "string" },
    filters: {
      type: "object",
      properties: { government: nullableText, platform: nullableText, storyId: nullableText },
    },
    mode: { type: "string", enum: alertMode.options },
    timezone: { type: "string" },
    createdAt: { type: "string", format: "date-time" },
  },
} as const;

const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string", minLength: 1, maxLength: 100 } },
} as const;

interface CreateBody {
  email: string;
  government?: string | null;
  platform?: string | null;
  storyId?: string | null;
  mode?: "immediate" | "daily" | "weekly";
  timezone?: string;
}

const toJson = (s: Subscription) => ({ ...s, createdAt: s.createdAt.toISOString() });

/**
 * POST, GET and DELETE /api/subscriptions: subscriptions are events, so a repeated POST returns
 * the existing subscription (200) instead of a new one (201). The API puts auth in front of /api/*.
 */
export const subscriptionRoutes: FastifyPluginAsync<NotifierRouteOptions> = async (app, { store }) => {
  app.post<{ Body: CreateBody }>(
    "/api/subscriptions",
    {
      schema: {
        tags: ["subscriptions"],
        body: {
          type: "object",
          required: ["email"],
          additionalProperties: false,
          properties: {
            email: { type: "string", format: "email", maxLength: 320 },
            government: nullableText,
            platform: nullableText,
            storyId: nullableText,
            mode: { type: "string", enum: alertMode.options },
            timezone: {
              type: "string",
              minLength: 1,
              maxLength: 64,
              description: "IANA zone of digests (default UTC)",
            },
          },
        },
        response: {
          200: { type: "object", properties: { created: { type: "boolean" }, subscription: subscriptionSchema } },
          201: { type: "object", properties: { created: { type: "boolean" }, subscription: subscriptionSchema } },
        },
      },
    },
    async (request, reply) => {
      try {
        const { subscription, created } = await addSubscription(store, request.body);
        return reply.code(created ? 201 : 200).send({ created, subscription: toJson(subscription) });
      } catch (error) {
        if (error instanceof SubscriptionInputError)
          return reply.code(400).send({ error: "bad_request", message: error.message });
        throw error;
      }
    },
  );

  app.get<{ Querystring: { email?: string; limit: number; offset: number } }>(
    "/api/subscriptions",
    {
      schema: {
        tags: ["subscriptions"],
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            email: { type: "string", maxLength: 320 },
            limit: { type: "integer", minimum: 1, maximum: 500, default: 100 },
            offset: { type: "integer", minimum: 0, default: 0 },
          },
        },
        response: {
          200: {
            type: "object",
            properties: { total: { type: "integer" }, subscriptions: { type: "array", items: subscriptionSchema } },
          },
        },
      },
    },
    async (request) => {
      const { email, limit, offset } = request.query;
      const all = (await readSubscriptions(store)).filter((s) => !email || s.email === email.trim().toLowerCase());
      return { total: all.length, subscriptions: all.slice(offset, offset + limit).map(toJson) };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/api/subscriptions/:id",
    { schema: { tags: ["subscriptions"], params: idParams, response: { 200: subscriptionSchema } } },
    async (request, reply) => {
      const subscription = await readSubscription(store, request.params.id);
      if (!subscription)
        return reply.code(404).send({ error: "not_found", message: "no active subscription with this id" });
      return toJson(subscription);
    },
  );

  app.delete<{ Params: { id: string } }>(
    "/api/subscriptions/:id",
    { schema: { tags: ["subscriptions"], params: idParams } },
    async (request, reply) => {
      const removed = await removeSubscription(store, request.params.id, "user");
      if (!removed) return reply.code(404).send({ error: "not_found", message: "no active subscription with this id" });
      return reply.code(204).send();
    },
  );
};
