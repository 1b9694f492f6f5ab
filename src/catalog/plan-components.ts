import type { Static } from 'typebox';
import type { Executor } from '../db/store.js';
import { ApiError } from '../shared/errors/index.js';
import { currencyMismatch } from './currency.js';
import type { LicenseFeeService } from './license-fees.js';
import type { RateCardService } from './rate-cards.js';
import type { ComponentInput } from './schemas.js';
import type { ServiceActionService } from './service-actions.js';
import type { ComponentType } from './tables.js';
import { type VersionPin, type VersionPointers, versionExists } from './versions.js';

export interface ComponentRef {
  readonly type: ComponentType;
  readonly componentId: string;
  readonly pin: VersionPin;
}

export interface ComponentTargets {
  readonly rateCards: RateCardService;
  readonly licenseFees: LicenseFeeService;
  readonly serviceActions: ServiceActionService;
}

const NOT_FOUND = {
  rate_card: 'rate_card_version_not_found',
  license_fee: 'license_fee_version_not_found',
  service_action: 'service_action_version_not_found',
} as const;

const LABEL = {
  rate_card: 'Rate card',
  license_fee: 'License fee',
  service_action: 'Service action',
} as const;

async function target(
  targets: ComponentTargets,
  type: ComponentType,
  ref: string,
  trx: Executor,
  param: string,
): Promise<VersionPointers & { id: string; currency: string }> {
  switch (type) {
    case 'rate_card':
      return targets.rateCards.get(ref, trx, param);
    case 'license_fee':
      return targets.licenseFees.get(ref, trx, param);
    case 'service_action':
      return targets.serviceActions.get(ref, trx, param);
    default: {
      const never: never = type;
      throw new Error(`unknown component type ${String(never)}`);
    }
  }
}

/** Checks that a pin names an existing version of the target (`latest`/`live` always do). */
export function checkPin(
  type: ComponentType,
  pointers: VersionPointers & { id: string },
  pin: VersionPin,
  param: string,
): void {
  if (typeof pin === 'number' && !versionExists(pin, pointers)) {
    throw new ApiError(
      NOT_FOUND[type],
      `${LABEL[type]} ${pointers.id} has no version ${pin} (latest is ${pointers.latest_version}).`,
      { param },
    );
  }
}

/**
 * A component as the API names it, checked against the plan: exactly the id field of its type,
 * a target that exists, the plan's currency, and an existing version when one is pinned.
 */
export async function componentRef(
  targets: ComponentTargets,
  input: Static<typeof ComponentInput>,
  planCurrency: string,
  trx: Executor,
  at: string,
): Promise<ComponentRef> {
  for (const field of ['rate_card', 'license_fee', 'service_action'] as const) {
    if (field !== input.type && input[field] !== undefined) {
      throw new ApiError('parameter_unknown', `A ${input.type} component has no ${field}.`, {
        param: `${at}[${field}]`,
      });
    }
  }
  const ref = input[input.type];
  const param = at ? `${at}[${input.type}]` : input.type;
  if (ref === undefined) {
    throw new ApiError('parameter_missing', `A ${input.type} component needs ${input.type}.`, { param });
  }
  const found = await target(targets, input.type, ref, trx, param);
  if (found.currency !== planCurrency) {
    throw currencyMismatch(`${LABEL[input.type]} ${found.id}`, found.currency, planCurrency, param);
  }
  const pin = input.version ?? 'latest';
  checkPin(input.type, found, pin, at ? `${at}[version]` : 'version');
  return { type: input.type, componentId: found.id, pin };
}
