import { expect } from "vitest";
import { FetchError } from "../FetchError.ts";

/** Awaits a fetch that must fail and returns its FetchError. */
export async function fetchFailure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}
