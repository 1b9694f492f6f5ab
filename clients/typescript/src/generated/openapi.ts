// Generated from Tariff's /openapi.json by `npm run client:generate`. Do not edit by hand:
// clients/typescript/test/generated.test.ts fails when this file differs from what the server serves.

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the server is up, on which storage and schema version */
    get: operations['health.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This OpenAPI 3.1 document */
    get: operations['openapi.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics (needs a key with `metrics: read`) */
    get: operations['metrics.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Account settings */
    get: operations['account.retrieve'];
    put?: never;
    /** Update account settings */
    post: operations['account.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List customers */
    get: operations['customers.list'];
    put?: never;
    /** Create a customer */
    post: operations['customers.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a customer by id or external_id */
    get: operations['customers.retrieve'];
    put?: never;
    /** Update a customer */
    post: operations['customers.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/test_clocks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List test clocks */
    get: operations['test_clocks.list'];
    put?: never;
    /** Create a test clock */
    post: operations['test_clocks.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/test_clocks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a test clock */
    get: operations['test_clocks.retrieve'];
    put?: never;
    post?: never;
    /** Delete a test clock and its customers */
    delete: operations['test_clocks.delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/test_clocks/{id}/advance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Advance a test clock, running every billing action due on the way */
    post: operations['test_clocks.advance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/meters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List meters */
    get: operations['meters.list'];
    put?: never;
    /** Create a meter */
    post: operations['meters.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/meters/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a meter by id or event_name */
    get: operations['meters.retrieve'];
    put?: never;
    /** Rename a meter */
    post: operations['meters.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/meters/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a meter (new events are rejected) */
    post: operations['meters.deactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/meters/{id}/reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reactivate a meter */
    post: operations['meters.reactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/meter_events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record one usage event */
    post: operations['meter_events.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/meter_events/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record up to 10,000 usage events */
    post: operations['meter_events.create_batch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/meter_events/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an event by identifier */
    post: operations['meter_events.cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/meters/{id}/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A meter's usage by hour, day or month */
    get: operations['meters.usage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's usage of every meter */
    get: operations['customers.usage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing/metering/tenants/{tenant_id}/units/{metering_unit_name}/date/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Count of a unit on a date */
    get: operations['platform_metering.retrieve_date'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing/metering/tenants/{tenant_id}/units/{metering_unit_name}/today': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Count of a unit today */
    get: operations['platform_metering.retrieve_today'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing/metering/tenants/{tenant_id}/units/{metering_unit_name}/month/{month}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Count of a unit in a month */
    get: operations['platform_metering.retrieve_month'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing/metering/tenants/{tenant_id}/units/{metering_unit_name}/thismonth': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Count of a unit this month */
    get: operations['platform_metering.retrieve_this_month'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing/metering/tenants/{tenant_id}/units/date/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Counts of every unit on a date */
    get: operations['platform_metering.list_date'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing/metering/tenants/{tenant_id}/units/month/{month}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Counts of every unit in a month */
    get: operations['platform_metering.list_month'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing/metering/tenants/{tenant_id}/units/{metering_unit_name}/date-period': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Daily counts of a unit over a period */
    get: operations['platform_metering.list_date_period'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing/metering/tenants/{tenant_id}/units/{metering_unit_name}/timestamp/{timestamp}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update the count at a timestamp */
    put: operations['platform_metering.update'];
    post?: never;
    /** Delete the count at a timestamp */
    delete: operations['platform_metering.delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing/metering/tenants/{tenant_id}/units/{metering_unit_name}/now': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update the count now */
    put: operations['platform_metering.update_now'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/meters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List meters (Stripe) */
    get: operations['billing.meters.list'];
    put?: never;
    /** Create a meter (Stripe) */
    post: operations['billing.meters.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/meters/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a meter (Stripe) */
    get: operations['billing.meters.retrieve'];
    put?: never;
    /** Update a meter (Stripe) */
    post: operations['billing.meters.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/meters/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate a meter (Stripe) */
    post: operations['billing.meters.deactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/meters/{id}/reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reactivate a meter (Stripe) */
    post: operations['billing.meters.reactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/meter_events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a meter event (Stripe) */
    post: operations['billing.meter_events.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/meter_event_adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a meter event (Stripe) */
    post: operations['billing.meter_event_adjustments.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing/meters/{id}/event_summaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Usage summaries of a meter for a customer (Stripe) */
    get: operations['billing.meters.list_event_summaries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v2/billing/meter_event_session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a meter event stream session (Stripe v2) */
    post: operations['v2.billing.meter_event_session.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v2/billing/meter_event_stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send up to 100 meter events on a session (Stripe v2)
     * @description Authenticated with a session token (`Authorization: Bearer <authentication_token>`), not an API key. Refused events are listed at GET /v2/billing/meter_event_stream/errors.
     */
    post: operations['v2.billing.meter_event_stream.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v2/billing/meter_event_stream/errors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Events the meter event stream refused (its asynchronous errors), newest first */
    get: operations['v2.billing.meter_event_stream.list_errors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billable_items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List billable items */
    get: operations['billable_items.list'];
    put?: never;
    /** Create a metered or licensed billable item */
    post: operations['billable_items.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billable_items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a billable item by id or lookup_key */
    get: operations['billable_items.retrieve'];
    put?: never;
    /** Update a billable item (its type, meter and filter never change) */
    post: operations['billable_items.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/rate_cards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List rate cards */
    get: operations['rate_cards.list'];
    put?: never;
    /** Create a rate card */
    post: operations['rate_cards.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/rate_cards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a rate card with the rates of its latest version */
    get: operations['rate_cards.retrieve'];
    put?: never;
    /** Rename a rate card or set its live version */
    post: operations['rate_cards.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/rate_cards/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of a rate card, newest first, with its rates */
    get: operations['rate_cards.list_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/rate_cards/{id}/rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rates of one version (default latest) */
    get: operations['rate_cards.list_rates'];
    put?: never;
    /** Set the rate of a metered item: a new item joins the latest version; a new price makes a version */
    post: operations['rate_cards.set_rate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/rate_cards/{id}/rates/{rate}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change a rate’s price (a new version) */
    post: operations['rate_cards.update_rate'];
    /** Delete a rate (a new version without it) */
    delete: operations['rate_cards.delete_rate'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/license_fees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List license fees */
    get: operations['license_fees.list'];
    put?: never;
    /** Create a license fee for a licensed item */
    post: operations['license_fees.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/license_fees/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a license fee (terms of its latest version) */
    get: operations['license_fees.retrieve'];
    put?: never;
    /** Update a license fee: a new unit_amount or service interval makes a new version */
    post: operations['license_fees.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/license_fees/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of a license fee, newest first */
    get: operations['license_fees.list_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/service_actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List service actions */
    get: operations['service_actions.list'];
    put?: never;
    /** Create a recurring credit grant */
    post: operations['service_actions.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/service_actions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a service action (terms of its latest version) */
    get: operations['service_actions.retrieve'];
    put?: never;
    /** Update a service action: a new grant or service interval makes a new version */
    post: operations['service_actions.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/service_actions/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of a service action, newest first */
    get: operations['service_actions.list_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing_plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List pricing plans */
    get: operations['pricing_plans.list'];
    put?: never;
    /** Create a pricing plan (version 1, live) */
    post: operations['pricing_plans.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing_plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a pricing plan with its latest components */
    get: operations['pricing_plans.retrieve'];
    put?: never;
    /** Rename a plan or make a version live */
    post: operations['pricing_plans.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing_plans/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a plan (subscribers keep it; no new versions) */
    post: operations['pricing_plans.archive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing_plans/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of a plan, newest first */
    get: operations['pricing_plans.list_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing_plans/{id}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One plan version */
    get: operations['pricing_plans.retrieve_version'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing_plans/{id}/components': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a component: a rate card joins the latest version, a fee or action makes a version */
    post: operations['pricing_plans.add_component'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing_plans/{id}/components/{component}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Re-pin a component (a new version) */
    post: operations['pricing_plans.update_component'];
    /** Remove a component (a new version) */
    delete: operations['pricing_plans.remove_component'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing_plans/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Price one service interval at given quantities, each line rounded once */
    post: operations['pricing_plans.preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/simulate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What the customer's recorded usage in a window would cost under a plan version */
    post: operations['customers.simulate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook_endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List webhook endpoints */
    get: operations['webhook_endpoints.list'];
    put?: never;
    /** Create a webhook endpoint (its secret is shown only here) */
    post: operations['webhook_endpoints.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook_endpoints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a webhook endpoint */
    get: operations['webhook_endpoints.retrieve'];
    put?: never;
    /** Update, disable or enable a webhook endpoint */
    post: operations['webhook_endpoints.update'];
    /** Delete a webhook endpoint and its delivery log */
    delete: operations['webhook_endpoints.delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook_endpoints/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An endpoint's delivery log */
    get: operations['webhook_deliveries.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook_endpoints/{id}/deliveries/{delivery}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replay a delivery now */
    post: operations['webhook_deliveries.retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List events (filter by `type`, or `invoice.*`) */
    get: operations['events.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve an event */
    get: operations['events.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payment_settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The payment provider settings (no secrets) and failed Stripe pushes */
    get: operations['payment_settings.retrieve'];
    put?: never;
    /** Choose the payment provider; connect Stripe */
    post: operations['payment_settings.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payment_settings/stripe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Disconnect Stripe (back to manual); mappings are kept for reconnecting */
    delete: operations['payment_settings.disconnect_stripe'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/stripe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stripe's webhooks (verified with Stripe-Signature)
     * @description Called by Stripe, not by API clients: authenticated by the `Stripe-Signature` header over the raw body.
     */
    post: operations['stripe_webhooks.receive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/credit_grants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List credit grants */
    get: operations['credit_grants.list'];
    put?: never;
    /** Grant credits to a customer */
    post: operations['credit_grants.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/credit_grants/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a credit grant */
    get: operations['credit_grants.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/credit_grants/{id}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Void a credit grant (what is left is written off) */
    post: operations['credit_grants.void'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/credit_balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Real-time credit balance, usage so far counted */
    get: operations['credit_balance.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/credit_transactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The credit ledger of a customer */
    get: operations['credit_transactions.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/top_ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List top-ups */
    get: operations['top_ups.list'];
    put?: never;
    /** Buy credits: invoices the amount; the grant takes effect when it is paid */
    post: operations['top_ups.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/auto_top_up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Buy credits automatically when the available balance falls below a threshold */
    post: operations['auto_top_up.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List alerts */
    get: operations['alerts.list'];
    put?: never;
    /** Create a usage, spend or credit balance alert */
    post: operations['alerts.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/alerts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve an alert */
    get: operations['alerts.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/alerts/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive an alert (it stops firing) */
    post: operations['alerts.archive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/revenue/journal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Journal entries (format=csv for a CSV export) */
    get: operations['revenue.journal.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/revenue/journal.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Journal entries as CSV */
    get: operations['revenue.journal.export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/revenue/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Debits, credits and balances by account and customer for a month */
    get: operations['revenue.summary.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List subscriptions */
    get: operations['subscriptions.list'];
    put?: never;
    /** Subscribe a customer to a pricing plan version */
    post: operations['subscriptions.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a subscription with its plan history */
    get: operations['subscriptions.retrieve'];
    put?: never;
    /** Update license-fee quantities (prorated) or metadata */
    post: operations['subscriptions.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{id}/change_plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the pricing plan now, at a future time, or at period end */
    post: operations['subscriptions.change_plan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{id}/change_plan/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Preview a plan change: its prorations and invoice, nothing stored */
    post: operations['subscriptions.preview_change_plan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Preview a quantity change: its prorations and invoice, nothing stored */
    post: operations['subscriptions.preview_update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel now (final invoice, prorated) or at period end */
    post: operations['subscriptions.cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/plan_migrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List plan migrations, newest first */
    get: operations['plan_migrations.list'];
    put?: never;
    /** Move every subscription on a pricing-plan version to another version */
    post: operations['plan_migrations.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/plan_migrations/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dry run of a plan migration: each subscription's upcoming total before and after */
    post: operations['plan_migrations.preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/plan_migrations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a plan migration: its status and counts */
    get: operations['plan_migrations.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List invoices */
    get: operations['invoices.list'];
    put?: never;
    /** Create a one-off invoice (no subscription) */
    post: operations['invoices.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/upcoming': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The invoice a subscription will get at its period end, as of now */
    get: operations['invoices.upcoming'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve an invoice */
    get: operations['invoices.retrieve'];
    put?: never;
    post?: never;
    /**
     * Delete a one-off draft invoice
     * @description Only drafts made with `POST /v1/invoices` can be deleted; a subscription draft is billed at its finalization.
     */
    delete: operations['invoices.delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{id}/finalize': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finalize a draft: number it, consume credits, compute tax */
    post: operations['invoices.finalize'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{id}/pay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a payment made outside a processor (e.g. a bank transfer), in full or in part
     * @description Without `amount`, pays what is left. With it, records a partial payment: the invoice stays `open` until the payments add up to `amount_due`, then becomes `paid`.
     */
    post: operations['invoices.pay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List an invoice's payments, oldest first */
    get: operations['invoices.list_payments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{id}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Void an open invoice */
    post: operations['invoices.void'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{id}/mark_uncollectible': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark an open invoice uncollectible */
    post: operations['invoices.mark_uncollectible'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{id}/lines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a one-off line to a draft invoice */
    post: operations['invoices.add_line'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/credit_notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List credit notes */
    get: operations['credit_notes.list'];
    put?: never;
    /** Credit an open or paid invoice: whole, by line, or by amount */
    post: operations['credit_notes.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/credit_notes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a credit note */
    get: operations['credit_notes.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tax_rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List tax rates */
    get: operations['tax_rates.list'];
    put?: never;
    /** Create a tax rate (e.g. Japan consumption tax 10 %, exclusive) */
    post: operations['tax_rates.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tax_rates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a tax rate */
    get: operations['tax_rates.retrieve'];
    put?: never;
    /** Update a tax rate (its percentage never changes: create a new rate) */
    post: operations['tax_rates.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/tax_settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's tax rates and exemption */
    get: operations['customers.retrieve_tax_settings'];
    put?: never;
    /** Set a customer's own tax rates (replacing the account default) or exempt them */
    post: operations['customers.update_tax_settings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/coupons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List coupons (not deleted) */
    get: operations['coupons.list'];
    put?: never;
    /** Create a coupon (percent or amount off; once, repeating for N months, or forever) */
    post: operations['coupons.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/coupons/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a coupon */
    get: operations['coupons.retrieve'];
    put?: never;
    /** Update a coupon (its name and metadata; what it takes off never changes) */
    post: operations['coupons.update'];
    /** Delete a coupon: no new redemptions; discounts already applied keep applying */
    delete: operations['coupons.delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/promotion_codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List promotion codes */
    get: operations['promotion_codes.list'];
    put?: never;
    /** Create a customer-facing code for a coupon */
    post: operations['promotion_codes.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/promotion_codes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a promotion code */
    get: operations['promotion_codes.retrieve'];
    put?: never;
    /** Activate or deactivate a promotion code */
    post: operations['promotion_codes.update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/discounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's discounts in force (its own and its subscriptions') */
    get: operations['customers.list_discounts'];
    put?: never;
    /** Redeem a coupon or a promotion code on a customer, or on one of its subscriptions (which then wins) */
    post: operations['customers.create_discount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/discounts/{discount}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a discount: invoices made from now on no longer carry it */
    delete: operations['customers.delete_discount'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/balance_transactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer balance ledger (negative: credit the customer holds) */
    get: operations['customer_balance_transactions.list'];
    put?: never;
    /** Adjust the customer balance by hand (negative credits the customer) */
    post: operations['customer_balance_transactions.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/features': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List features */
    get: operations['features.list'];
    put?: never;
    /** Create a feature (boolean, static value or metered) */
    post: operations['features.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/features/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a feature by id or key */
    get: operations['features.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/features/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a feature (no plan grants it any more) */
    post: operations['features.archive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing_plans/{id}/entitlements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a pricing plan's features */
    get: operations['plan_entitlements.list'];
    put?: never;
    /** Attach a feature to a pricing plan (one version or every version) */
    post: operations['plan_entitlements.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pricing_plans/{id}/entitlements/{feature}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Detach a feature from a pricing plan */
    delete: operations['plan_entitlements.delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/entitlements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's features now: values, limits, usage, balances and reset times */
    get: operations['customer_entitlements.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/entitlement_grants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Grant a customer extra usage of a metered feature */
    post: operations['entitlement_grants.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/entitlements/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Whether a customer may use a feature now (exact, from the rollups and the unfolded tail) */
    post: operations['entitlements.check'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/api_keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List API keys (never their secrets) */
    get: operations['api_keys.list'];
    put?: never;
    /** Create an API key (full access, or restricted with `permissions`); the answer holds its secret, shown once */
    post: operations['api_keys.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/api_keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve an API key (never its secret) */
    get: operations['api_keys.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/api_keys/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke an API key */
    post: operations['api_keys.revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/audit_events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List audit events, newest first (who wrote what, when, in which request) */
    get: operations['audit_events.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/audit_events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve an audit event */
    get: operations['audit_events.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/meter_event_refusals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accepted events the ingest log refused when applying them, newest accepted first */
    get: operations['meter_event_refusals.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/meter_event_refusals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieve a refusal by the refused event's id */
    get: operations['meter_event_refusals.retrieve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The invoice as a PDF */
    get: operations['invoices.pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{id}/receipt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A receipt PDF for a paid invoice */
    get: operations['invoices.receipt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * ErrorBody
     * @example {
     *       "error": {
     *         "type": "invalid_request_error",
     *         "code": "customer_not_found",
     *         "message": "No such customer: 'cus_01J…'",
     *         "param": null
     *       }
     *     }
     */
    ErrorBody: {
      error: {
        /** @description The class of error. */
        type:
          | 'invalid_request_error'
          | 'authentication_error'
          | 'permission_error'
          | 'rate_limit_error'
          | 'idempotency_error'
          | 'api_error';
        /**
         * @description A stable code to switch on (never the message): alert_not_found, api_key_last_active, api_key_not_found, billable_item_exists, billable_item_not_found, billable_item_type_mismatch, body_too_large, component_exists, component_not_found, conflict, coupon_not_found, coupon_not_redeemable, credit_grant_not_found, credit_grant_not_voidable, credit_note_exceeds_invoice, credit_note_exceeds_line, credit_note_not_found, currency_mismatch, customer_exists, customer_not_found, discount_not_found, entitlement_not_found, event_not_found, feature_exists, feature_not_found, idempotency_key_in_use, idempotency_key_reused, internal_error, invalid_currency, invalid_invoice_transition, invalid_json, invalid_price, invalid_time_zone, invalid_value, invoice_has_payments, invoice_not_deletable, invoice_not_draft, invoice_not_found, invoice_not_paid, license_fee_not_found, license_fee_version_not_found, lookup_key_exists, meter_event_not_found, meter_exists, meter_formula_unsupported, meter_inactive, meter_not_found, method_not_allowed, mode_unavailable, no_upcoming_invoice, parameter_invalid, parameter_missing, parameter_unknown, payment_exceeds_amount_remaining, payment_provider_error, payment_provider_not_configured, permission_denied, plan_migration_not_found, pricing_plan_archived, pricing_plan_not_found, pricing_plan_version_not_found, promotion_code_not_found, rate_card_not_found, rate_card_version_not_found, rate_limited, rate_not_found, resource_not_found, route_not_found, service_action_not_found, service_action_version_not_found, service_interval_exceeds_cadence, service_unavailable, stripe_signature_invalid, subscription_canceled, subscription_not_found, tax_rate_not_found, test_clock_advancing, test_clock_backwards, test_clock_not_found, test_mode_only, timestamp_out_of_range, too_many_rates, unauthorized, unsupported_media_type, webhook_delivery_not_found, webhook_endpoint_not_found.
         * @example customer_not_found
         */
        code: string;
        /** @description For people; may change between versions. */
        message: string;
        /** @description The request parameter at fault, e.g. `billing_details[address][country]`. */
        param: string | null;
        /** @description The id of the object that already exists. */
        existing?: string;
        /** @description The currency the request had to use. */
        expected?: string;
        /** @description The currency the request used. */
        received?: string;
        /** @description The object's current status. */
        status?: string;
        /** @description The plan component at fault. */
        component?: string;
        /** @description The invoice's billing reason. */
        billing_reason?: string;
        /** @description What is left to pay on the invoice. */
        amount_remaining?: string;
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  'health.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "ok",
           *       "storage": "postgres",
           *       "schema_version": "0900_audit",
           *       "version": "0.1.0"
           *     }
           */
          'application/json': {
            /** @enum {string} */
            status: 'ok';
            storage: 'pglite' | 'postgres';
            schema_version: string | null;
            /** @description Tariff's version. */
            version: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'openapi.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            openapi: string;
            info: {
              [key: string]: unknown;
            };
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'metrics.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Prometheus text exposition format, version 0.0.4. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'account.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'account';
            id: string;
            name: string;
            /** @description IANA time zone, e.g. Asia/Tokyo. */
            time_zone: string;
            default_currency: string;
            invoice_prefix: string;
            grace_period_seconds: number;
            event_window: {
              past_seconds: number;
              future_seconds: number;
            };
            tax_registration_number: string | null;
            address: {
              postal_code?: string;
              /** @description Prefecture or state. */
              state?: string;
              city?: string;
              line1?: string;
              line2?: string;
              /** @description ISO 3166-1 alpha-2 */
              country?: string;
            } | null;
            phone: string | null;
            bank_transfer: {
              /** @example みずほ銀行 */
              bank_name: string;
              /** @example 渋谷支店 */
              branch_name: string;
              /** @description ordinary: 普通預金; checking: 当座預金. */
              account_type: 'ordinary' | 'checking';
              account_number: string;
              /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
              account_holder: string;
            } | null;
            /** @description When invoices are due: on receipt, net N days after the issue day, or at the end of the month after the issue month (月末締め翌月末払い); days in the account time zone. */
            payment_terms:
              | {
                  /** @enum {string} */
                  type: 'due_on_receipt';
                }
              | {
                  /** @enum {string} */
                  type: 'net';
                  days: number;
                }
              | {
                  /** @enum {string} */
                  type: 'end_of_following_month';
                };
            dunning: {
              /** @description An `invoice.payment_reminder` on each of these days from the due day (-3: three days before). */
              reminders_days: number[];
              /** @description Automatic collection attempts this many days after the due day. */
              retries_days: number[];
              /** @description What happens once the last retry (or, without retries, the overdue notice) left it unpaid. */
              final_action: 'leave_past_due' | 'cancel_subscription' | 'mark_uncollectible';
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'account.update': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @description IANA time zone for calendar days and months, e.g. Asia/Tokyo. */
          time_zone?: string;
          default_currency?: string;
          invoice_prefix?: string;
          grace_period_seconds?: number;
          event_window?: {
            past_seconds?: number;
            future_seconds?: number;
          };
          /** @description Shown on invoices; in Japan the qualified-invoice number, "T" and 13 digits. */
          tax_registration_number?: string | null;
          address?: {
            postal_code?: string;
            /** @description Prefecture or state. */
            state?: string;
            city?: string;
            line1?: string;
            line2?: string;
            /** @description ISO 3166-1 alpha-2 */
            country?: string;
          } | null;
          phone?: string | null;
          bank_transfer?: {
            /** @example みずほ銀行 */
            bank_name: string;
            /** @example 渋谷支店 */
            branch_name: string;
            /** @description ordinary: 普通預金; checking: 当座預金. */
            account_type: 'ordinary' | 'checking';
            account_number: string;
            /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
            account_holder: string;
          } | null;
          /** @description When invoices are due: on receipt, net N days after the issue day, or at the end of the month after the issue month (月末締め翌月末払い); days in the account time zone. */
          payment_terms?:
            | {
                /** @enum {string} */
                type: 'due_on_receipt';
              }
            | {
                /** @enum {string} */
                type: 'net';
                days: number;
              }
            | {
                /** @enum {string} */
                type: 'end_of_following_month';
              };
          dunning?: {
            /** @description An `invoice.payment_reminder` on each of these days from the due day (-3: three days before). */
            reminders_days: number[];
            /** @description Automatic collection attempts this many days after the due day. */
            retries_days: number[];
            /** @description What happens once the last retry (or, without retries, the overdue notice) left it unpaid. */
            final_action: 'leave_past_due' | 'cancel_subscription' | 'mark_uncollectible';
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'account';
            id: string;
            name: string;
            /** @description IANA time zone, e.g. Asia/Tokyo. */
            time_zone: string;
            default_currency: string;
            invoice_prefix: string;
            grace_period_seconds: number;
            event_window: {
              past_seconds: number;
              future_seconds: number;
            };
            tax_registration_number: string | null;
            address: {
              postal_code?: string;
              /** @description Prefecture or state. */
              state?: string;
              city?: string;
              line1?: string;
              line2?: string;
              /** @description ISO 3166-1 alpha-2 */
              country?: string;
            } | null;
            phone: string | null;
            bank_transfer: {
              /** @example みずほ銀行 */
              bank_name: string;
              /** @example 渋谷支店 */
              branch_name: string;
              /** @description ordinary: 普通預金; checking: 当座預金. */
              account_type: 'ordinary' | 'checking';
              account_number: string;
              /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
              account_holder: string;
            } | null;
            /** @description When invoices are due: on receipt, net N days after the issue day, or at the end of the month after the issue month (月末締め翌月末払い); days in the account time zone. */
            payment_terms:
              | {
                  /** @enum {string} */
                  type: 'due_on_receipt';
                }
              | {
                  /** @enum {string} */
                  type: 'net';
                  days: number;
                }
              | {
                  /** @enum {string} */
                  type: 'end_of_following_month';
                };
            dunning: {
              /** @description An `invoice.payment_reminder` on each of these days from the due day (-3: three days before). */
              reminders_days: number[];
              /** @description Automatic collection attempts this many days after the due day. */
              retries_days: number[];
              /** @description What happens once the last retry (or, without retries, the overdue notice) left it unpaid. */
              final_action: 'leave_past_due' | 'cancel_subscription' | 'mark_uncollectible';
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customers.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        external_id?: string;
        email?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /**
               * @description cus_…
               * @example cus_01JQ3Z6Y8K4T1V0X2B9N5M7P3R
               */
              id: string;
              /** @enum {string} */
              object: 'customer';
              external_id: string | null;
              name: string | null;
              email: string | null;
              currency: string | null;
              billing_details: {
                company_name?: string;
                address?: {
                  line1?: string;
                  line2?: string;
                  city?: string;
                  state?: string;
                  postal_code?: string;
                  /** @description ISO 3166-1 alpha-2 */
                  country?: string;
                };
                tax_ids?: {
                  type: string;
                  value: string;
                }[];
              };
              test_clock: string | null;
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /** @description Overrides the account’s payment terms; null: the account’s. */
              payment_terms:
                | (
                    | {
                        /** @enum {string} */
                        type: 'due_on_receipt';
                      }
                    | {
                        /** @enum {string} */
                        type: 'net';
                        days: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'end_of_following_month';
                      }
                  )
                | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              updated_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customers.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "external_id": "tenant-42",
         *       "name": "Acme KK",
         *       "currency": "JPY",
         *       "billing_details": {
         *         "company_name": "Acme KK",
         *         "address": {
         *           "country": "JP"
         *         }
         *       }
         *     }
         */
        'application/json': {
          /** @description Your own id for this customer (the tenant id). */
          external_id?: string;
          /** @description Attach the customer to a test clock (clock_…). */
          test_clock?: string;
          name?: string;
          /** Format: email */
          email?: string;
          /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
          currency?: string;
          billing_details?: {
            company_name?: string;
            address?: {
              line1?: string;
              line2?: string;
              city?: string;
              state?: string;
              postal_code?: string;
              /** @description ISO 3166-1 alpha-2 */
              country?: string;
            };
            tax_ids?: {
              type: string;
              value: string;
            }[];
          };
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
          /** @description This customer’s own payment terms; null: the account’s. */
          payment_terms?:
            | (
                | {
                    /** @enum {string} */
                    type: 'due_on_receipt';
                  }
                | {
                    /** @enum {string} */
                    type: 'net';
                    days: number;
                  }
                | {
                    /** @enum {string} */
                    type: 'end_of_following_month';
                  }
              )
            | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description cus_…
             * @example cus_01JQ3Z6Y8K4T1V0X2B9N5M7P3R
             */
            id: string;
            /** @enum {string} */
            object: 'customer';
            external_id: string | null;
            name: string | null;
            email: string | null;
            currency: string | null;
            billing_details: {
              company_name?: string;
              address?: {
                line1?: string;
                line2?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                /** @description ISO 3166-1 alpha-2 */
                country?: string;
              };
              tax_ids?: {
                type: string;
                value: string;
              }[];
            };
            test_clock: string | null;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /** @description Overrides the account’s payment terms; null: the account’s. */
            payment_terms:
              | (
                  | {
                      /** @enum {string} */
                      type: 'due_on_receipt';
                    }
                  | {
                      /** @enum {string} */
                      type: 'net';
                      days: number;
                    }
                  | {
                      /** @enum {string} */
                      type: 'end_of_following_month';
                    }
                )
              | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customers.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description cus_…
             * @example cus_01JQ3Z6Y8K4T1V0X2B9N5M7P3R
             */
            id: string;
            /** @enum {string} */
            object: 'customer';
            external_id: string | null;
            name: string | null;
            email: string | null;
            currency: string | null;
            billing_details: {
              company_name?: string;
              address?: {
                line1?: string;
                line2?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                /** @description ISO 3166-1 alpha-2 */
                country?: string;
              };
              tax_ids?: {
                type: string;
                value: string;
              }[];
            };
            test_clock: string | null;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /** @description Overrides the account’s payment terms; null: the account’s. */
            payment_terms:
              | (
                  | {
                      /** @enum {string} */
                      type: 'due_on_receipt';
                    }
                  | {
                      /** @enum {string} */
                      type: 'net';
                      days: number;
                    }
                  | {
                      /** @enum {string} */
                      type: 'end_of_following_month';
                    }
                )
              | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customers.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          external_id?: string;
          name?: string;
          /** Format: email */
          email?: string;
          /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
          currency?: string;
          billing_details?: {
            company_name?: string;
            address?: {
              line1?: string;
              line2?: string;
              city?: string;
              state?: string;
              postal_code?: string;
              /** @description ISO 3166-1 alpha-2 */
              country?: string;
            };
            tax_ids?: {
              type: string;
              value: string;
            }[];
          };
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
          /** @description This customer’s own payment terms; null: the account’s. */
          payment_terms?:
            | (
                | {
                    /** @enum {string} */
                    type: 'due_on_receipt';
                  }
                | {
                    /** @enum {string} */
                    type: 'net';
                    days: number;
                  }
                | {
                    /** @enum {string} */
                    type: 'end_of_following_month';
                  }
              )
            | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description cus_…
             * @example cus_01JQ3Z6Y8K4T1V0X2B9N5M7P3R
             */
            id: string;
            /** @enum {string} */
            object: 'customer';
            external_id: string | null;
            name: string | null;
            email: string | null;
            currency: string | null;
            billing_details: {
              company_name?: string;
              address?: {
                line1?: string;
                line2?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                /** @description ISO 3166-1 alpha-2 */
                country?: string;
              };
              tax_ids?: {
                type: string;
                value: string;
              }[];
            };
            test_clock: string | null;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /** @description Overrides the account’s payment terms; null: the account’s. */
            payment_terms:
              | (
                  | {
                      /** @enum {string} */
                      type: 'due_on_receipt';
                    }
                  | {
                      /** @enum {string} */
                      type: 'net';
                      days: number;
                    }
                  | {
                      /** @enum {string} */
                      type: 'end_of_following_month';
                    }
                )
              | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'test_clocks.list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'test_clock';
              name: string | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              frozen_time: string;
              status: 'ready' | 'advancing';
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'test_clocks.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          frozen_time: string;
          name?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'test_clock';
            name: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            frozen_time: string;
            status: 'ready' | 'advancing';
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'test_clocks.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'test_clock';
            name: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            frozen_time: string;
            status: 'ready' | 'advancing';
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'test_clocks.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'test_clock';
            name: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            frozen_time: string;
            status: 'ready' | 'advancing';
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /** @enum {boolean} */
            deleted: true;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'test_clocks.advance': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          frozen_time: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'test_clock';
            name: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            frozen_time: string;
            status: 'ready' | 'advancing';
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /** @description What each billing step did on the way (invoices, credits, revenue, alerts), by step. */
            actions: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'meters.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        status?: 'active' | 'inactive';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'meter';
              event_name: string;
              display_name: string;
              status: 'active' | 'inactive';
              default_aggregation: {
                /** @description How the events of a period are aggregated. */
                formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
              };
              customer_mapping: {
                event_payload_key: string;
              };
              value_settings: {
                event_payload_key: string;
              };
              dimension_payload_keys: string[];
              deactivated_at: string | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              updated_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'meters.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          event_name: string;
          display_name?: string;
          default_aggregation: {
            /** @description How events aggregate over a window. */
            formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
          };
          customer_mapping?: {
            event_payload_key: string;
          };
          value_settings?: {
            event_payload_key: string;
          };
          dimension_payload_keys?: string[];
        };
      };
    };
    responses: {
      /** @description A meter: how events named `event_name` become usage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'meter';
            event_name: string;
            display_name: string;
            status: 'active' | 'inactive';
            default_aggregation: {
              /** @description How the events of a period are aggregated. */
              formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
            };
            customer_mapping: {
              event_payload_key: string;
            };
            value_settings: {
              event_payload_key: string;
            };
            dimension_payload_keys: string[];
            deactivated_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'meters.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A meter: how events named `event_name` become usage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'meter';
            event_name: string;
            display_name: string;
            status: 'active' | 'inactive';
            default_aggregation: {
              /** @description How the events of a period are aggregated. */
              formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
            };
            customer_mapping: {
              event_payload_key: string;
            };
            value_settings: {
              event_payload_key: string;
            };
            dimension_payload_keys: string[];
            deactivated_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'meters.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          display_name: string;
        };
      };
    };
    responses: {
      /** @description A meter: how events named `event_name` become usage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'meter';
            event_name: string;
            display_name: string;
            status: 'active' | 'inactive';
            default_aggregation: {
              /** @description How the events of a period are aggregated. */
              formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
            };
            customer_mapping: {
              event_payload_key: string;
            };
            value_settings: {
              event_payload_key: string;
            };
            dimension_payload_keys: string[];
            deactivated_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'meters.deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A meter: how events named `event_name` become usage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'meter';
            event_name: string;
            display_name: string;
            status: 'active' | 'inactive';
            default_aggregation: {
              /** @description How the events of a period are aggregated. */
              formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
            };
            customer_mapping: {
              event_payload_key: string;
            };
            value_settings: {
              event_payload_key: string;
            };
            dimension_payload_keys: string[];
            deactivated_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'meters.reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A meter: how events named `event_name` become usage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'meter';
            event_name: string;
            display_name: string;
            status: 'active' | 'inactive';
            default_aggregation: {
              /** @description How the events of a period are aggregated. */
              formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
            };
            customer_mapping: {
              event_payload_key: string;
            };
            value_settings: {
              event_payload_key: string;
            };
            dimension_payload_keys: string[];
            deactivated_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'meter_events.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          event_name: string;
          payload: {
            [key: string]: string | number | boolean;
          };
          identifier?: string;
          timestamp?: string | number;
        };
      };
    };
    responses: {
      /** @description The stored event and whether this request stored it or found it already recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'meter_event';
            id: string;
            event_name: string;
            meter: string;
            customer: string;
            identifier: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            timestamp: string;
            /** @description A decimal number written as a string, e.g. "1250" or "0.5". */
            value: string;
            distinct_value: string | null;
            dimensions: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            cancelled_at: string | null;
            status: 'accepted' | 'duplicate';
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'meter_events.create_batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          events: unknown[];
        };
      };
    };
    responses: {
      /** @description One result per event sent, in order; a rejected event does not stop the others. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'meter_event_batch';
            results: {
              index: number;
              identifier: string | null;
              status: 'accepted' | 'duplicate' | 'rejected';
              error?: {
                code: string;
                message: string;
                param: string | null;
              };
            }[];
            accepted: number;
            duplicates: number;
            rejected: number;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'meter_events.cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          event_name: string;
          identifier: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'meter_event_adjustment';
            id: string;
            /** @enum {string} */
            type: 'cancel';
            meter: string;
            cancel: {
              identifier: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'meters.usage': {
    parameters: {
      query: {
        customer?: string;
        /** @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds. */
        start_time: string;
        /** @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds. */
        end_time: string;
        granularity?: 'hour' | 'day' | 'month' | 'none';
        group_by?: string;
        /** @description Dimension filters as `key:value`, repeated: `filter=model:tiny&filter=region:eu`. */
        filter?: string[];
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'meter_usage';
            meter: string;
            /** @description How the events of a period are aggregated. */
            formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
            customer: string | null;
            time_zone: string;
            data: {
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              start_time: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              end_time: string;
              /** @description A decimal number written as a string, e.g. "1250" or "0.5". */
              value: string;
              /** @description With `group_by`, the group: null for the events without that dimension. */
              dimensions: {
                [key: string]: string | null;
              };
            }[];
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customers.usage': {
    parameters: {
      query: {
        /** @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds. */
        start_time: string;
        /** @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds. */
        end_time: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'customer_usage';
            customer: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            start_time: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            end_time: string;
            data: {
              meter: string;
              event_name: string;
              display_name: string;
              /** @description How the events of a period are aggregated. */
              formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
              /** @description A decimal number written as a string, e.g. "1250" or "0.5". */
              value: string;
            }[];
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'platform_metering.retrieve_date': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Customer id or external_id. */
        tenant_id: string;
        /** @description The meter's event_name. */
        metering_unit_name: string;
        date: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The meter's event_name. */
            metering_unit_name: string;
            /** @description A calendar day, YYYY-MM-DD, in the account time zone. */
            date: string;
            /** @description The unit's usage as its meter aggregates it: a JSON number. */
            count: number;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'platform_metering.retrieve_today': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Customer id or external_id. */
        tenant_id: string;
        /** @description The meter's event_name. */
        metering_unit_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The meter's event_name. */
            metering_unit_name: string;
            /** @description A calendar day, YYYY-MM-DD, in the account time zone. */
            date: string;
            /** @description The unit's usage as its meter aggregates it: a JSON number. */
            count: number;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'platform_metering.retrieve_month': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Customer id or external_id. */
        tenant_id: string;
        /** @description The meter's event_name. */
        metering_unit_name: string;
        month: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The meter's event_name. */
            metering_unit_name: string;
            /** @description A calendar month, YYYY-MM, in the account time zone. */
            month: string;
            /** @description The unit's usage as its meter aggregates it: a JSON number. */
            count: number;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'platform_metering.retrieve_this_month': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Customer id or external_id. */
        tenant_id: string;
        /** @description The meter's event_name. */
        metering_unit_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The meter's event_name. */
            metering_unit_name: string;
            /** @description A calendar month, YYYY-MM, in the account time zone. */
            month: string;
            /** @description The unit's usage as its meter aggregates it: a JSON number. */
            count: number;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'platform_metering.list_date': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Customer id or external_id. */
        tenant_id: string;
        date: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            counts: {
              /** @description The meter's event_name. */
              metering_unit_name: string;
              /** @description A calendar day, YYYY-MM-DD, in the account time zone. */
              date: string;
              /** @description The unit's usage as its meter aggregates it: a JSON number. */
              count: number;
            }[];
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'platform_metering.list_month': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Customer id or external_id. */
        tenant_id: string;
        month: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            counts: {
              /** @description The meter's event_name. */
              metering_unit_name: string;
              /** @description A calendar month, YYYY-MM, in the account time zone. */
              month: string;
              /** @description The unit's usage as its meter aggregates it: a JSON number. */
              count: number;
            }[];
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'platform_metering.list_date_period': {
    parameters: {
      query: {
        /** @description Unix seconds. */
        start_timestamp: number;
        /** @description Unix seconds. */
        end_timestamp: number;
      };
      header?: never;
      path: {
        /** @description Customer id or external_id. */
        tenant_id: string;
        /** @description The meter's event_name. */
        metering_unit_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The meter's event_name. */
            metering_unit_name: string;
            /** @description One count per calendar day, each at the Unix second its day starts. */
            counts: {
              /** @description Unix seconds of the day start. */
              timestamp: number;
              /** @description The unit's usage as its meter aggregates it: a JSON number. */
              count: number;
            }[];
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'platform_metering.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Customer id or external_id. */
        tenant_id: string;
        /** @description The meter's event_name. */
        metering_unit_name: string;
        /** @description Unix seconds. */
        timestamp: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          method: 'add' | 'sub' | 'direct';
          /** @description A JSON integer, as the platform API has it: 0 to 2^53 - 1. */
          count: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The meter's event_name. */
            metering_unit_name: string;
            /** @description Unix seconds. */
            timestamp: number;
            /** @description The unit's usage as its meter aggregates it: a JSON number. */
            count: number;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'platform_metering.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Customer id or external_id. */
        tenant_id: string;
        /** @description The meter's event_name. */
        metering_unit_name: string;
        /** @description Unix seconds. */
        timestamp: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The meter's event_name. */
            metering_unit_name: string;
            /** @description Unix seconds. */
            timestamp: number;
            /** @enum {boolean} */
            deleted: true;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'platform_metering.update_now': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Customer id or external_id. */
        tenant_id: string;
        /** @description The meter's event_name. */
        metering_unit_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          method: 'add' | 'sub' | 'direct';
          /** @description A JSON integer, as the platform API has it: 0 to 2^53 - 1. */
          count: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The meter's event_name. */
            metering_unit_name: string;
            /** @description Unix seconds. */
            timestamp: number;
            /** @description The unit's usage as its meter aggregates it: a JSON number. */
            count: number;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'billing.meters.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        status?: 'active' | 'inactive';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'billing.meter';
              /** @description Unix seconds. */
              created: number;
              customer_mapping: {
                event_payload_key: string;
                /** @enum {string} */
                type: 'by_id';
              };
              default_aggregation: {
                /** @description How the events of a period are aggregated. */
                formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
              };
              dimension_payload_keys: string[];
              display_name: string;
              event_name: string;
              event_time_window: null;
              livemode: boolean;
              status: 'active' | 'inactive';
              status_transitions: {
                deactivated_at: number | null;
              };
              /** @description Unix seconds. */
              updated: number;
              value_settings: {
                event_payload_key: string;
              };
            }[];
            has_more: boolean;
            url: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'billing.meters.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          display_name: string;
          event_name: string;
          default_aggregation: {
            formula: 'sum' | 'count' | 'last' | 'max' | 'unique_count';
          };
          customer_mapping?: {
            event_payload_key: string;
            /** @enum {string} */
            type?: 'by_id';
          };
          value_settings?: {
            event_payload_key: string;
          };
          dimension_payload_keys?: string[];
          event_time_window?: 'day' | 'hour';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'billing.meter';
            /** @description Unix seconds. */
            created: number;
            customer_mapping: {
              event_payload_key: string;
              /** @enum {string} */
              type: 'by_id';
            };
            default_aggregation: {
              /** @description How the events of a period are aggregated. */
              formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
            };
            dimension_payload_keys: string[];
            display_name: string;
            event_name: string;
            event_time_window: null;
            livemode: boolean;
            status: 'active' | 'inactive';
            status_transitions: {
              deactivated_at: number | null;
            };
            /** @description Unix seconds. */
            updated: number;
            value_settings: {
              event_payload_key: string;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'billing.meters.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'billing.meter';
            /** @description Unix seconds. */
            created: number;
            customer_mapping: {
              event_payload_key: string;
              /** @enum {string} */
              type: 'by_id';
            };
            default_aggregation: {
              /** @description How the events of a period are aggregated. */
              formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
            };
            dimension_payload_keys: string[];
            display_name: string;
            event_name: string;
            event_time_window: null;
            livemode: boolean;
            status: 'active' | 'inactive';
            status_transitions: {
              deactivated_at: number | null;
            };
            /** @description Unix seconds. */
            updated: number;
            value_settings: {
              event_payload_key: string;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'billing.meters.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          display_name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'billing.meter';
            /** @description Unix seconds. */
            created: number;
            customer_mapping: {
              event_payload_key: string;
              /** @enum {string} */
              type: 'by_id';
            };
            default_aggregation: {
              /** @description How the events of a period are aggregated. */
              formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
            };
            dimension_payload_keys: string[];
            display_name: string;
            event_name: string;
            event_time_window: null;
            livemode: boolean;
            status: 'active' | 'inactive';
            status_transitions: {
              deactivated_at: number | null;
            };
            /** @description Unix seconds. */
            updated: number;
            value_settings: {
              event_payload_key: string;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'billing.meters.deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'billing.meter';
            /** @description Unix seconds. */
            created: number;
            customer_mapping: {
              event_payload_key: string;
              /** @enum {string} */
              type: 'by_id';
            };
            default_aggregation: {
              /** @description How the events of a period are aggregated. */
              formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
            };
            dimension_payload_keys: string[];
            display_name: string;
            event_name: string;
            event_time_window: null;
            livemode: boolean;
            status: 'active' | 'inactive';
            status_transitions: {
              deactivated_at: number | null;
            };
            /** @description Unix seconds. */
            updated: number;
            value_settings: {
              event_payload_key: string;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'billing.meters.reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'billing.meter';
            /** @description Unix seconds. */
            created: number;
            customer_mapping: {
              event_payload_key: string;
              /** @enum {string} */
              type: 'by_id';
            };
            default_aggregation: {
              /** @description How the events of a period are aggregated. */
              formula: 'sum' | 'count' | 'max' | 'last' | 'unique_count';
            };
            dimension_payload_keys: string[];
            display_name: string;
            event_name: string;
            event_time_window: null;
            livemode: boolean;
            status: 'active' | 'inactive';
            status_transitions: {
              deactivated_at: number | null;
            };
            /** @description Unix seconds. */
            updated: number;
            value_settings: {
              event_payload_key: string;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'billing.meter_events.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          event_name: string;
          payload: {
            [key: string]: string;
          };
          identifier?: string;
          timestamp?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'billing.meter_event';
            /** @description Unix seconds. */
            created: number;
            event_name: string;
            identifier: string;
            livemode: boolean;
            payload: {
              [key: string]: string;
            };
            /** @description Unix seconds. */
            timestamp: number;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'billing.meter_event_adjustments.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          event_name: string;
          /** @enum {string} */
          type?: 'cancel';
          cancel: {
            identifier: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'billing.meter_event_adjustment';
            cancel: {
              identifier: string;
            };
            event_name: string;
            livemode: boolean;
            /** @enum {string} */
            status: 'complete';
            /** @enum {string} */
            type: 'cancel';
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'billing.meters.list_event_summaries': {
    parameters: {
      query: {
        customer: string;
        /** @description Unix seconds. */
        start_time: number;
        /** @description Unix seconds. */
        end_time: number;
        value_grouping_window?: 'hour' | 'day';
        limit?: number;
        starting_after?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'billing.meter_event_summary';
              aggregated_value: number;
              /** @description Unix seconds. */
              end_time: number;
              livemode: boolean;
              meter: string;
              /** @description Unix seconds. */
              start_time: number;
            }[];
            has_more: boolean;
            url: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'v2.billing.meter_event_session.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'v2.billing.meter_event_session';
            id: string;
            /** @description Send as `Authorization: Bearer …` to the stream. */
            authentication_token: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            expires_at: string;
            livemode: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'v2.billing.meter_event_stream.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          events: unknown[];
        };
      };
    };
    responses: {
      /** @description Stored (refused events are kept as errors). */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No valid session token, or its session expired (`temporary_session_expired`). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['ErrorBody']
            | {
                error: {
                  /** @enum {string} */
                  type: 'temporary_session_expired';
                  /** @enum {string} */
                  code: 'billing_meter_event_session_expired';
                  message: string;
                };
              };
        };
      };
      /** @description The API key that created the session may no longer write events. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'v2.billing.meter_event_stream.list_errors': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /** @enum {string} */
              object: 'v2.billing.meter_event_stream_error';
              id: string;
              session: string;
              event_name: string | null;
              identifier: string | null;
              error: {
                code: string;
                message: string;
                param: string | null;
              };
              /** @description The event as it was sent. */
              event: unknown;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'billable_items.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        type?: 'metered' | 'licensed';
        meter?: string;
        lookup_key?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /** @description bi_… */
              id: string;
              /** @enum {string} */
              object: 'billable_item';
              type: 'metered' | 'licensed';
              name: string;
              unit_label: string | null;
              lookup_key: string | null;
              meter: string | null;
              meter_filter: {
                [key: string]: string;
              } | null;
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              updated_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'billable_items.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {unknown} */
          type: 'metered' | 'licensed';
          name: string;
          unit_label?: string;
          /** @description Your own unique key for this object; usable wherever its id is. */
          lookup_key?: string;
          /** @description Metered items: the meter id or event_name. */
          meter?: string;
          /** @description Count only events whose dimensions have these values, e.g. {"model": "large"}. */
          meter_filter?: {
            [key: string]: string;
          };
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description bi_… */
            id: string;
            /** @enum {string} */
            object: 'billable_item';
            type: 'metered' | 'licensed';
            name: string;
            unit_label: string | null;
            lookup_key: string | null;
            meter: string | null;
            meter_filter: {
              [key: string]: string;
            } | null;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'billable_items.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description bi_… */
            id: string;
            /** @enum {string} */
            object: 'billable_item';
            type: 'metered' | 'licensed';
            name: string;
            unit_label: string | null;
            lookup_key: string | null;
            meter: string | null;
            meter_filter: {
              [key: string]: string;
            } | null;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'billable_items.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          unit_label?: string;
          /** @description Your own unique key for this object; usable wherever its id is. */
          lookup_key?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description bi_… */
            id: string;
            /** @enum {string} */
            object: 'billable_item';
            type: 'metered' | 'licensed';
            name: string;
            unit_label: string | null;
            lookup_key: string | null;
            meter: string | null;
            meter_filter: {
              [key: string]: string;
            } | null;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'rate_cards.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /** @description rc_… */
              id: string;
              /** @enum {string} */
              object: 'rate_card';
              name: string;
              currency: string;
              /** @enum {unknown} */
              service_interval: 'day' | 'week' | 'month' | 'year';
              service_interval_count: number;
              lookup_key: string | null;
              latest_version: number;
              live_version: number;
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              updated_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'rate_cards.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
          currency: string;
          /** @enum {unknown} */
          service_interval: 'day' | 'week' | 'month' | 'year';
          /** @default 1 */
          service_interval_count?: number;
          /** @description Your own unique key for this object; usable wherever its id is. */
          lookup_key?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description rc_… */
            id: string;
            /** @enum {string} */
            object: 'rate_card';
            name: string;
            currency: string;
            /** @enum {unknown} */
            service_interval: 'day' | 'week' | 'month' | 'year';
            service_interval_count: number;
            lookup_key: string | null;
            latest_version: number;
            live_version: number;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'rate_cards.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description rc_… */
            id: string;
            /** @enum {string} */
            object: 'rate_card';
            name: string;
            currency: string;
            /** @enum {unknown} */
            service_interval: 'day' | 'week' | 'month' | 'year';
            service_interval_count: number;
            lookup_key: string | null;
            latest_version: number;
            live_version: number;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
            rates: {
              /** @description rate_… */
              id: string;
              /** @enum {string} */
              object: 'rate';
              rate_card: string;
              billable_item: string;
              /** Price */
              price:
                | {
                    /** @enum {string} */
                    type: 'per_unit';
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    unit_amount: string;
                  }
                | {
                    /** @enum {string} */
                    type: 'package';
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    package_size: string;
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    unit_amount: string;
                    rounding: 'up' | 'down';
                  }
                | {
                    /** @enum {string} */
                    type: 'tiered';
                    tiers_mode: 'graduated' | 'volume';
                    tiers: {
                      /** @description Inclusive upper bound; null for the last tier. */
                      up_to: string | null;
                      /**
                       * @description A decimal amount as a string.
                       * @example 25000
                       */
                      unit_amount: string;
                      /**
                       * @description A decimal amount as a string.
                       * @example 25000
                       */
                      flat_amount: string;
                    }[];
                  }
                | {
                    /** @enum {string} */
                    type: 'matrix';
                    /** @description Dimension keys of the item’s meter. */
                    dimensions: string[];
                    entries: {
                      /** @description One value per dimension, in order. */
                      values: string[];
                      /**
                       * @description A decimal amount as a string.
                       * @example 25000
                       */
                      unit_amount: string;
                    }[];
                    /** @description Always null: usage of a combination no entry names is not billed. */
                    default_unit_amount: null;
                  };
              from_version: number;
              /** @description The first version without this price; null: still in the latest. */
              to_version: number | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'rate_cards.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          live_version?: number;
          /** @description Your own unique key for this object; usable wherever its id is. */
          lookup_key?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description rc_… */
            id: string;
            /** @enum {string} */
            object: 'rate_card';
            name: string;
            currency: string;
            /** @enum {unknown} */
            service_interval: 'day' | 'week' | 'month' | 'year';
            service_interval_count: number;
            lookup_key: string | null;
            latest_version: number;
            live_version: number;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'rate_cards.list_versions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /** @enum {string} */
              object: 'rate_card_version';
              rate_card: string;
              version: number;
              live: boolean;
              latest: boolean;
              rates: {
                /** @description rate_… */
                id: string;
                /** @enum {string} */
                object: 'rate';
                rate_card: string;
                billable_item: string;
                /** Price */
                price:
                  | {
                      /** @enum {string} */
                      type: 'per_unit';
                      /**
                       * @description A decimal amount as a string.
                       * @example 25000
                       */
                      unit_amount: string;
                    }
                  | {
                      /** @enum {string} */
                      type: 'package';
                      /**
                       * @description A decimal amount as a string.
                       * @example 25000
                       */
                      package_size: string;
                      /**
                       * @description A decimal amount as a string.
                       * @example 25000
                       */
                      unit_amount: string;
                      rounding: 'up' | 'down';
                    }
                  | {
                      /** @enum {string} */
                      type: 'tiered';
                      tiers_mode: 'graduated' | 'volume';
                      tiers: {
                        /** @description Inclusive upper bound; null for the last tier. */
                        up_to: string | null;
                        /**
                         * @description A decimal amount as a string.
                         * @example 25000
                         */
                        unit_amount: string;
                        /**
                         * @description A decimal amount as a string.
                         * @example 25000
                         */
                        flat_amount: string;
                      }[];
                    }
                  | {
                      /** @enum {string} */
                      type: 'matrix';
                      /** @description Dimension keys of the item’s meter. */
                      dimensions: string[];
                      entries: {
                        /** @description One value per dimension, in order. */
                        values: string[];
                        /**
                         * @description A decimal amount as a string.
                         * @example 25000
                         */
                        unit_amount: string;
                      }[];
                      /** @description Always null: usage of a combination no entry names is not billed. */
                      default_unit_amount: null;
                    };
                from_version: number;
                /** @description The first version without this price; null: still in the latest. */
                to_version: number | null;
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                created_at: string;
              }[];
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'rate_cards.list_rates': {
    parameters: {
      query?: {
        version?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /** @description rate_… */
              id: string;
              /** @enum {string} */
              object: 'rate';
              rate_card: string;
              billable_item: string;
              /** Price */
              price:
                | {
                    /** @enum {string} */
                    type: 'per_unit';
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    unit_amount: string;
                  }
                | {
                    /** @enum {string} */
                    type: 'package';
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    package_size: string;
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    unit_amount: string;
                    rounding: 'up' | 'down';
                  }
                | {
                    /** @enum {string} */
                    type: 'tiered';
                    tiers_mode: 'graduated' | 'volume';
                    tiers: {
                      /** @description Inclusive upper bound; null for the last tier. */
                      up_to: string | null;
                      /**
                       * @description A decimal amount as a string.
                       * @example 25000
                       */
                      unit_amount: string;
                      /**
                       * @description A decimal amount as a string.
                       * @example 25000
                       */
                      flat_amount: string;
                    }[];
                  }
                | {
                    /** @enum {string} */
                    type: 'matrix';
                    /** @description Dimension keys of the item’s meter. */
                    dimensions: string[];
                    entries: {
                      /** @description One value per dimension, in order. */
                      values: string[];
                      /**
                       * @description A decimal amount as a string.
                       * @example 25000
                       */
                      unit_amount: string;
                    }[];
                    /** @description Always null: usage of a combination no entry names is not billed. */
                    default_unit_amount: null;
                  };
              from_version: number;
              /** @description The first version without this price; null: still in the latest. */
              to_version: number | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'rate_cards.set_rate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          billable_item: string;
          /** @description per_unit (unit_amount), package (package_size, unit_amount, rounding), tiered, or matrix (dimensions, entries: one unit_amount per combination of dimension values). */
          price: {
            /** @enum {unknown} */
            type: 'per_unit' | 'package' | 'tiered' | 'matrix';
            /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
            unit_amount?: string;
            /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
            package_size?: string;
            /** @enum {unknown} */
            rounding?: 'up' | 'down';
            /** @enum {unknown} */
            tiers_mode?: 'graduated' | 'volume';
            tiers?: {
              up_to: string | null;
              /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
              unit_amount?: string;
              /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
              flat_amount?: string;
            }[];
            /** @description matrix: the meter dimension keys the price depends on. */
            dimensions?: string[];
            entries?: {
              values: string[];
              /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
              unit_amount: string;
            }[];
            /** @description matrix: must be null; usage of a combination no entry names is not billed. */
            default_unit_amount?: null;
          };
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description rate_… */
            id: string;
            /** @enum {string} */
            object: 'rate';
            rate_card: string;
            billable_item: string;
            /** Price */
            price:
              | {
                  /** @enum {string} */
                  type: 'per_unit';
                  /**
                   * @description A decimal amount as a string.
                   * @example 25000
                   */
                  unit_amount: string;
                }
              | {
                  /** @enum {string} */
                  type: 'package';
                  /**
                   * @description A decimal amount as a string.
                   * @example 25000
                   */
                  package_size: string;
                  /**
                   * @description A decimal amount as a string.
                   * @example 25000
                   */
                  unit_amount: string;
                  rounding: 'up' | 'down';
                }
              | {
                  /** @enum {string} */
                  type: 'tiered';
                  tiers_mode: 'graduated' | 'volume';
                  tiers: {
                    /** @description Inclusive upper bound; null for the last tier. */
                    up_to: string | null;
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    unit_amount: string;
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    flat_amount: string;
                  }[];
                }
              | {
                  /** @enum {string} */
                  type: 'matrix';
                  /** @description Dimension keys of the item’s meter. */
                  dimensions: string[];
                  entries: {
                    /** @description One value per dimension, in order. */
                    values: string[];
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    unit_amount: string;
                  }[];
                  /** @description Always null: usage of a combination no entry names is not billed. */
                  default_unit_amount: null;
                };
            from_version: number;
            /** @description The first version without this price; null: still in the latest. */
            to_version: number | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            rate_card_version: number;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'rate_cards.update_rate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        rate: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description per_unit (unit_amount), package (package_size, unit_amount, rounding), tiered, or matrix (dimensions, entries: one unit_amount per combination of dimension values). */
          price: {
            /** @enum {unknown} */
            type: 'per_unit' | 'package' | 'tiered' | 'matrix';
            /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
            unit_amount?: string;
            /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
            package_size?: string;
            /** @enum {unknown} */
            rounding?: 'up' | 'down';
            /** @enum {unknown} */
            tiers_mode?: 'graduated' | 'volume';
            tiers?: {
              up_to: string | null;
              /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
              unit_amount?: string;
              /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
              flat_amount?: string;
            }[];
            /** @description matrix: the meter dimension keys the price depends on. */
            dimensions?: string[];
            entries?: {
              values: string[];
              /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
              unit_amount: string;
            }[];
            /** @description matrix: must be null; usage of a combination no entry names is not billed. */
            default_unit_amount?: null;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description rate_… */
            id: string;
            /** @enum {string} */
            object: 'rate';
            rate_card: string;
            billable_item: string;
            /** Price */
            price:
              | {
                  /** @enum {string} */
                  type: 'per_unit';
                  /**
                   * @description A decimal amount as a string.
                   * @example 25000
                   */
                  unit_amount: string;
                }
              | {
                  /** @enum {string} */
                  type: 'package';
                  /**
                   * @description A decimal amount as a string.
                   * @example 25000
                   */
                  package_size: string;
                  /**
                   * @description A decimal amount as a string.
                   * @example 25000
                   */
                  unit_amount: string;
                  rounding: 'up' | 'down';
                }
              | {
                  /** @enum {string} */
                  type: 'tiered';
                  tiers_mode: 'graduated' | 'volume';
                  tiers: {
                    /** @description Inclusive upper bound; null for the last tier. */
                    up_to: string | null;
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    unit_amount: string;
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    flat_amount: string;
                  }[];
                }
              | {
                  /** @enum {string} */
                  type: 'matrix';
                  /** @description Dimension keys of the item’s meter. */
                  dimensions: string[];
                  entries: {
                    /** @description One value per dimension, in order. */
                    values: string[];
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    unit_amount: string;
                  }[];
                  /** @description Always null: usage of a combination no entry names is not billed. */
                  default_unit_amount: null;
                };
            from_version: number;
            /** @description The first version without this price; null: still in the latest. */
            to_version: number | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            rate_card_version: number;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'rate_cards.delete_rate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        rate: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description rate_… */
            id: string;
            /** @enum {string} */
            object: 'rate';
            rate_card: string;
            billable_item: string;
            /** Price */
            price:
              | {
                  /** @enum {string} */
                  type: 'per_unit';
                  /**
                   * @description A decimal amount as a string.
                   * @example 25000
                   */
                  unit_amount: string;
                }
              | {
                  /** @enum {string} */
                  type: 'package';
                  /**
                   * @description A decimal amount as a string.
                   * @example 25000
                   */
                  package_size: string;
                  /**
                   * @description A decimal amount as a string.
                   * @example 25000
                   */
                  unit_amount: string;
                  rounding: 'up' | 'down';
                }
              | {
                  /** @enum {string} */
                  type: 'tiered';
                  tiers_mode: 'graduated' | 'volume';
                  tiers: {
                    /** @description Inclusive upper bound; null for the last tier. */
                    up_to: string | null;
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    unit_amount: string;
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    flat_amount: string;
                  }[];
                }
              | {
                  /** @enum {string} */
                  type: 'matrix';
                  /** @description Dimension keys of the item’s meter. */
                  dimensions: string[];
                  entries: {
                    /** @description One value per dimension, in order. */
                    values: string[];
                    /**
                     * @description A decimal amount as a string.
                     * @example 25000
                     */
                    unit_amount: string;
                  }[];
                  /** @description Always null: usage of a combination no entry names is not billed. */
                  default_unit_amount: null;
                };
            from_version: number;
            /** @description The first version without this price; null: still in the latest. */
            to_version: number | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            rate_card_version: number;
            /** @enum {boolean} */
            deleted: true;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'license_fees.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /** @description lf_… */
              id: string;
              /** @enum {string} */
              object: 'license_fee';
              name: string;
              licensed_item: string;
              currency: string;
              /**
               * @description A decimal amount as a string.
               * @example 25000
               */
              unit_amount: string;
              /** @enum {unknown} */
              service_interval: 'day' | 'week' | 'month' | 'year';
              service_interval_count: number;
              lookup_key: string | null;
              latest_version: number;
              live_version: number;
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              updated_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'license_fees.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          licensed_item: string;
          /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
          currency: string;
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          unit_amount: string;
          /** @enum {unknown} */
          service_interval: 'day' | 'week' | 'month' | 'year';
          /** @default 1 */
          service_interval_count?: number;
          /** @description Your own unique key for this object; usable wherever its id is. */
          lookup_key?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description lf_… */
            id: string;
            /** @enum {string} */
            object: 'license_fee';
            name: string;
            licensed_item: string;
            currency: string;
            /**
             * @description A decimal amount as a string.
             * @example 25000
             */
            unit_amount: string;
            /** @enum {unknown} */
            service_interval: 'day' | 'week' | 'month' | 'year';
            service_interval_count: number;
            lookup_key: string | null;
            latest_version: number;
            live_version: number;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'license_fees.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description lf_… */
            id: string;
            /** @enum {string} */
            object: 'license_fee';
            name: string;
            licensed_item: string;
            currency: string;
            /**
             * @description A decimal amount as a string.
             * @example 25000
             */
            unit_amount: string;
            /** @enum {unknown} */
            service_interval: 'day' | 'week' | 'month' | 'year';
            service_interval_count: number;
            lookup_key: string | null;
            latest_version: number;
            live_version: number;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'license_fees.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          unit_amount?: string;
          /** @enum {unknown} */
          service_interval?: 'day' | 'week' | 'month' | 'year';
          /** @default 1 */
          service_interval_count?: number;
          live_version?: number;
          /** @description Your own unique key for this object; usable wherever its id is. */
          lookup_key?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description lf_… */
            id: string;
            /** @enum {string} */
            object: 'license_fee';
            name: string;
            licensed_item: string;
            currency: string;
            /**
             * @description A decimal amount as a string.
             * @example 25000
             */
            unit_amount: string;
            /** @enum {unknown} */
            service_interval: 'day' | 'week' | 'month' | 'year';
            service_interval_count: number;
            lookup_key: string | null;
            latest_version: number;
            live_version: number;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'license_fees.list_versions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /** @enum {string} */
              object: 'license_fee_version';
              license_fee: string;
              version: number;
              /**
               * @description A decimal amount as a string.
               * @example 25000
               */
              unit_amount: string;
              /** @enum {unknown} */
              service_interval: 'day' | 'week' | 'month' | 'year';
              service_interval_count: number;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'service_actions.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /** @description sa_… */
              id: string;
              /** @enum {string} */
              object: 'service_action';
              name: string;
              /** @enum {string} */
              type: 'credit_grant';
              currency: string;
              /** CreditGrantTerms */
              credit_grant: {
                amount: {
                  currency: string;
                  /**
                   * @description A decimal amount as a string.
                   * @example 25000
                   */
                  value: string;
                };
                category: 'paid' | 'promotional';
                applicability:
                  | {
                      /** @enum {string} */
                      scope: 'metered';
                    }
                  | {
                      billable_items: string[];
                    };
                priority: number;
                expires: {
                  /** @enum {string} */
                  type: 'end_of_service_interval';
                };
              };
              /** @enum {unknown} */
              service_interval: 'day' | 'week' | 'month' | 'year';
              service_interval_count: number;
              lookup_key: string | null;
              latest_version: number;
              live_version: number;
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              updated_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'service_actions.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @enum {string} */
          type: 'credit_grant';
          credit_grant: {
            amount: {
              /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
              currency: string;
              /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
              value: string;
            };
            /** @enum {unknown} */
            category?: 'paid' | 'promotional';
            applicability?:
              | {
                  /** @enum {string} */
                  scope: 'metered';
                }
              | {
                  billable_items: string[];
                };
            priority?: number;
            /** @description The only expiry: the interval end. */
            expires?: {
              /** @enum {string} */
              type: 'end_of_service_interval';
            };
          };
          /** @enum {unknown} */
          service_interval: 'day' | 'week' | 'month' | 'year';
          /** @default 1 */
          service_interval_count?: number;
          /** @description Your own unique key for this object; usable wherever its id is. */
          lookup_key?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description sa_… */
            id: string;
            /** @enum {string} */
            object: 'service_action';
            name: string;
            /** @enum {string} */
            type: 'credit_grant';
            currency: string;
            /** CreditGrantTerms */
            credit_grant: {
              amount: {
                currency: string;
                /**
                 * @description A decimal amount as a string.
                 * @example 25000
                 */
                value: string;
              };
              category: 'paid' | 'promotional';
              applicability:
                | {
                    /** @enum {string} */
                    scope: 'metered';
                  }
                | {
                    billable_items: string[];
                  };
              priority: number;
              expires: {
                /** @enum {string} */
                type: 'end_of_service_interval';
              };
            };
            /** @enum {unknown} */
            service_interval: 'day' | 'week' | 'month' | 'year';
            service_interval_count: number;
            lookup_key: string | null;
            latest_version: number;
            live_version: number;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'service_actions.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description sa_… */
            id: string;
            /** @enum {string} */
            object: 'service_action';
            name: string;
            /** @enum {string} */
            type: 'credit_grant';
            currency: string;
            /** CreditGrantTerms */
            credit_grant: {
              amount: {
                currency: string;
                /**
                 * @description A decimal amount as a string.
                 * @example 25000
                 */
                value: string;
              };
              category: 'paid' | 'promotional';
              applicability:
                | {
                    /** @enum {string} */
                    scope: 'metered';
                  }
                | {
                    billable_items: string[];
                  };
              priority: number;
              expires: {
                /** @enum {string} */
                type: 'end_of_service_interval';
              };
            };
            /** @enum {unknown} */
            service_interval: 'day' | 'week' | 'month' | 'year';
            service_interval_count: number;
            lookup_key: string | null;
            latest_version: number;
            live_version: number;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'service_actions.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          credit_grant?: {
            amount: {
              /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
              currency: string;
              /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
              value: string;
            };
            /** @enum {unknown} */
            category?: 'paid' | 'promotional';
            applicability?:
              | {
                  /** @enum {string} */
                  scope: 'metered';
                }
              | {
                  billable_items: string[];
                };
            priority?: number;
            /** @description The only expiry: the interval end. */
            expires?: {
              /** @enum {string} */
              type: 'end_of_service_interval';
            };
          };
          /** @enum {unknown} */
          service_interval?: 'day' | 'week' | 'month' | 'year';
          /** @default 1 */
          service_interval_count?: number;
          live_version?: number;
          /** @description Your own unique key for this object; usable wherever its id is. */
          lookup_key?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description sa_… */
            id: string;
            /** @enum {string} */
            object: 'service_action';
            name: string;
            /** @enum {string} */
            type: 'credit_grant';
            currency: string;
            /** CreditGrantTerms */
            credit_grant: {
              amount: {
                currency: string;
                /**
                 * @description A decimal amount as a string.
                 * @example 25000
                 */
                value: string;
              };
              category: 'paid' | 'promotional';
              applicability:
                | {
                    /** @enum {string} */
                    scope: 'metered';
                  }
                | {
                    billable_items: string[];
                  };
              priority: number;
              expires: {
                /** @enum {string} */
                type: 'end_of_service_interval';
              };
            };
            /** @enum {unknown} */
            service_interval: 'day' | 'week' | 'month' | 'year';
            service_interval_count: number;
            lookup_key: string | null;
            latest_version: number;
            live_version: number;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'service_actions.list_versions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /** @enum {string} */
              object: 'service_action_version';
              service_action: string;
              version: number;
              /** CreditGrantTerms */
              credit_grant: {
                amount: {
                  currency: string;
                  /**
                   * @description A decimal amount as a string.
                   * @example 25000
                   */
                  value: string;
                };
                category: 'paid' | 'promotional';
                applicability:
                  | {
                      /** @enum {string} */
                      scope: 'metered';
                    }
                  | {
                      billable_items: string[];
                    };
                priority: number;
                expires: {
                  /** @enum {string} */
                  type: 'end_of_service_interval';
                };
              };
              /** @enum {unknown} */
              service_interval: 'day' | 'week' | 'month' | 'year';
              service_interval_count: number;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'pricing_plans.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        status?: 'active' | 'archived';
        currency?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /** @description plan_… */
              id: string;
              /** @enum {string} */
              object: 'pricing_plan';
              name: string;
              currency: string;
              lookup_key: string | null;
              status: 'active' | 'archived';
              latest_version: number;
              live_version: number;
              components: {
                type: 'rate_card' | 'license_fee' | 'service_action';
                rate_card?: string;
                license_fee?: string;
                service_action?: string;
                /** @description A version number to pin, "latest" (default) to follow every new version, or "live". */
                version: number | ('latest' | 'live');
              }[];
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              updated_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'pricing_plans.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
          currency: string;
          /** @description Your own unique key for this object; usable wherever its id is. */
          lookup_key?: string;
          components?: {
            /** @enum {unknown} */
            type: 'rate_card' | 'license_fee' | 'service_action';
            rate_card?: string;
            license_fee?: string;
            service_action?: string;
            /** @description A version number to pin, "latest" (default) to follow every new version, or "live". */
            version?: number | ('latest' | 'live');
          }[];
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description plan_… */
            id: string;
            /** @enum {string} */
            object: 'pricing_plan';
            name: string;
            currency: string;
            lookup_key: string | null;
            status: 'active' | 'archived';
            latest_version: number;
            live_version: number;
            components: {
              type: 'rate_card' | 'license_fee' | 'service_action';
              rate_card?: string;
              license_fee?: string;
              service_action?: string;
              /** @description A version number to pin, "latest" (default) to follow every new version, or "live". */
              version: number | ('latest' | 'live');
            }[];
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'pricing_plans.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description plan_… */
            id: string;
            /** @enum {string} */
            object: 'pricing_plan';
            name: string;
            currency: string;
            lookup_key: string | null;
            status: 'active' | 'archived';
            latest_version: number;
            live_version: number;
            components: {
              type: 'rate_card' | 'license_fee' | 'service_action';
              rate_card?: string;
              license_fee?: string;
              service_action?: string;
              /** @description A version number to pin, "latest" (default) to follow every new version, or "live". */
              version: number | ('latest' | 'live');
            }[];
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'pricing_plans.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          live_version?: number;
          /** @description Your own unique key for this object; usable wherever its id is. */
          lookup_key?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description plan_… */
            id: string;
            /** @enum {string} */
            object: 'pricing_plan';
            name: string;
            currency: string;
            lookup_key: string | null;
            status: 'active' | 'archived';
            latest_version: number;
            live_version: number;
            components: {
              type: 'rate_card' | 'license_fee' | 'service_action';
              rate_card?: string;
              license_fee?: string;
              service_action?: string;
              /** @description A version number to pin, "latest" (default) to follow every new version, or "live". */
              version: number | ('latest' | 'live');
            }[];
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'pricing_plans.archive': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description plan_… */
            id: string;
            /** @enum {string} */
            object: 'pricing_plan';
            name: string;
            currency: string;
            lookup_key: string | null;
            status: 'active' | 'archived';
            latest_version: number;
            live_version: number;
            components: {
              type: 'rate_card' | 'license_fee' | 'service_action';
              rate_card?: string;
              license_fee?: string;
              service_action?: string;
              /** @description A version number to pin, "latest" (default) to follow every new version, or "live". */
              version: number | ('latest' | 'live');
            }[];
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'pricing_plans.list_versions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /** @enum {string} */
              object: 'pricing_plan_version';
              pricing_plan: string;
              version: number;
              live: boolean;
              latest: boolean;
              components: {
                type: 'rate_card' | 'license_fee' | 'service_action';
                rate_card?: string;
                license_fee?: string;
                service_action?: string;
                /** @description A version number to pin, "latest" (default) to follow every new version, or "live". */
                version: number | ('latest' | 'live');
              }[];
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'pricing_plans.retrieve_version': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'pricing_plan_version';
            pricing_plan: string;
            version: number;
            live: boolean;
            latest: boolean;
            components: {
              type: 'rate_card' | 'license_fee' | 'service_action';
              rate_card?: string;
              license_fee?: string;
              service_action?: string;
              /** @description A version number to pin, "latest" (default) to follow every new version, or "live". */
              version: number | ('latest' | 'live');
            }[];
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'pricing_plans.add_component': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {unknown} */
          type: 'rate_card' | 'license_fee' | 'service_action';
          rate_card?: string;
          license_fee?: string;
          service_action?: string;
          /** @description A version number to pin, "latest" (default) to follow every new version, or "live". */
          version?: number | ('latest' | 'live');
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description plan_… */
            id: string;
            /** @enum {string} */
            object: 'pricing_plan';
            name: string;
            currency: string;
            lookup_key: string | null;
            status: 'active' | 'archived';
            latest_version: number;
            live_version: number;
            components: {
              type: 'rate_card' | 'license_fee' | 'service_action';
              rate_card?: string;
              license_fee?: string;
              service_action?: string;
              /** @description A version number to pin, "latest" (default) to follow every new version, or "live". */
              version: number | ('latest' | 'live');
            }[];
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'pricing_plans.update_component': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        component: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description A version number to pin, "latest" (default) to follow every new version, or "live". */
          version: number | ('latest' | 'live');
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description plan_… */
            id: string;
            /** @enum {string} */
            object: 'pricing_plan';
            name: string;
            currency: string;
            lookup_key: string | null;
            status: 'active' | 'archived';
            latest_version: number;
            live_version: number;
            components: {
              type: 'rate_card' | 'license_fee' | 'service_action';
              rate_card?: string;
              license_fee?: string;
              service_action?: string;
              /** @description A version number to pin, "latest" (default) to follow every new version, or "live". */
              version: number | ('latest' | 'live');
            }[];
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'pricing_plans.remove_component': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        component: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description plan_… */
            id: string;
            /** @enum {string} */
            object: 'pricing_plan';
            name: string;
            currency: string;
            lookup_key: string | null;
            status: 'active' | 'archived';
            latest_version: number;
            live_version: number;
            components: {
              type: 'rate_card' | 'license_fee' | 'service_action';
              rate_card?: string;
              license_fee?: string;
              service_action?: string;
              /** @description A version number to pin, "latest" (default) to follow every new version, or "live". */
              version: number | ('latest' | 'live');
            }[];
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'pricing_plans.preview': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version?: number;
          /** @description Quantity per billable item (id or lookup_key) for one service interval. */
          quantities?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'pricing_plan_preview';
            pricing_plan: string;
            version: number;
            currency: string;
            lines: {
              type: 'usage' | 'license_fee';
              description: string;
              billable_item: string;
              rate_card?: string;
              rate?: string | null;
              license_fee?: string;
              /**
               * @description A decimal amount as a string.
               * @example 25000
               */
              quantity: string;
              /** @description Per-unit prices and license fees; null for package and tiers. */
              unit_amount: string | null;
              /**
               * @description A decimal amount as a string.
               * @example 25000
               */
              amount: string;
              /**
               * @description A decimal amount as a string.
               * @example 25000
               */
              amount_precise: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start?: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end?: string;
            }[];
            credits: {
              service_action: string;
              /**
               * @description A decimal amount as a string.
               * @example 25000
               */
              amount: string;
              currency: string;
              category: 'paid' | 'promotional';
              /** @enum {unknown} */
              service_interval: 'day' | 'week' | 'month' | 'year';
              service_interval_count: number;
            }[];
            /**
             * @description A decimal amount as a string.
             * @example 25000
             */
            total: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customers.simulate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          pricing_plan: string;
          pricing_plan_version?: number;
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          start_time: string;
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          end_time: string;
          /** @description License fee quantities per licensed item (id or lookup_key); default 1. */
          quantities?: {
            [key: string]: string;
          };
          /** @description A minimum spend for the window taken as one billing period: a shortfall is shown as the true-up the invoice would carry, and counted in the total. */
          minimum?: {
            /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
            amount: string;
            /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
            currency: string;
          };
          /** @description A coupon to preview, as if redeemed at start_time (checked, not counted); it stands in for the customer’s own discount. */
          coupon?: string;
          /** @description A promotion code (id or code) to preview. */
          promotion_code?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'simulation';
            customer: string;
            pricing_plan: string;
            version: number;
            currency: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            start_time: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            end_time: string;
            lines: {
              type: 'usage' | 'license_fee';
              description: string;
              billable_item: string;
              rate_card?: string;
              rate?: string | null;
              license_fee?: string;
              /**
               * @description A decimal amount as a string.
               * @example 25000
               */
              quantity: string;
              /** @description Per-unit prices and license fees; null for package and tiers. */
              unit_amount: string | null;
              /**
               * @description A decimal amount as a string.
               * @example 25000
               */
              amount: string;
              /**
               * @description A decimal amount as a string.
               * @example 25000
               */
              amount_precise: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start?: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end?: string;
            }[];
            minimum_commitment_true_up?: {
              description: string;
              /**
               * @description A decimal amount as a string.
               * @example 25000
               */
              amount: string;
            } | null;
            /** @description The discount lines the invoice would carry (negative), counted in the total. */
            discounts: {
              discount: string;
              description: string;
              /**
               * @description A decimal amount as a string.
               * @example 25000
               */
              amount: string;
            }[];
            credits: {
              service_action: string;
              /**
               * @description A decimal amount as a string.
               * @example 25000
               */
              amount: string;
              currency: string;
              category: 'paid' | 'promotional';
              /** @enum {unknown} */
              service_interval: 'day' | 'week' | 'month' | 'year';
              service_interval_count: number;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
            }[];
            /**
             * @description A decimal amount as a string.
             * @example 25000
             */
            total: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'webhook_endpoints.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'webhook_endpoint';
              url: string;
              description: string | null;
              enabled_events: string[];
              status: 'enabled' | 'disabled';
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              updated_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'webhook_endpoints.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Where Tariff POSTs events (http or https). */
          url: string;
          enabled_events: (
            | '*'
            | 'customer.created'
            | 'customer.updated'
            | 'subscription.created'
            | 'subscription.updated'
            | 'subscription.canceled'
            | 'subscription.past_due'
            | 'subscription.migrated'
            | 'invoice.created'
            | 'invoice.finalized'
            | 'invoice.paid'
            | 'invoice.payment_recorded'
            | 'invoice.deleted'
            | 'invoice.voided'
            | 'invoice.marked_uncollectible'
            | 'invoice.payment_failed'
            | 'invoice.payment_reminder'
            | 'invoice.overdue'
            | 'credit_note.created'
            | 'credit_grant.created'
            | 'credit_grant.expired'
            | 'credit_grant.voided'
            | 'credit_balance.low'
            | 'alert.triggered'
            | 'entitlement.limit_reached'
            | 'entitlement.soft_limit_reached'
            | 'usage.late_events_billed'
            | 'meter_event.refused'
            | 'test_clock.advanced'
          )[];
          description?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'webhook_endpoint';
            url: string;
            description: string | null;
            enabled_events: string[];
            status: 'enabled' | 'disabled';
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
            /** @description The signing secret (`whsec_…`): shown only here. */
            secret: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'webhook_endpoints.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'webhook_endpoint';
            url: string;
            description: string | null;
            enabled_events: string[];
            status: 'enabled' | 'disabled';
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'webhook_endpoints.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Where Tariff POSTs events (http or https). */
          url?: string;
          enabled_events?: (
            | '*'
            | 'customer.created'
            | 'customer.updated'
            | 'subscription.created'
            | 'subscription.updated'
            | 'subscription.canceled'
            | 'subscription.past_due'
            | 'subscription.migrated'
            | 'invoice.created'
            | 'invoice.finalized'
            | 'invoice.paid'
            | 'invoice.payment_recorded'
            | 'invoice.deleted'
            | 'invoice.voided'
            | 'invoice.marked_uncollectible'
            | 'invoice.payment_failed'
            | 'invoice.payment_reminder'
            | 'invoice.overdue'
            | 'credit_note.created'
            | 'credit_grant.created'
            | 'credit_grant.expired'
            | 'credit_grant.voided'
            | 'credit_balance.low'
            | 'alert.triggered'
            | 'entitlement.limit_reached'
            | 'entitlement.soft_limit_reached'
            | 'usage.late_events_billed'
            | 'meter_event.refused'
            | 'test_clock.advanced'
          )[];
          description?: string;
          /** @description A disabled endpoint receives nothing new. */
          disabled?: boolean;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'webhook_endpoint';
            url: string;
            description: string | null;
            enabled_events: string[];
            status: 'enabled' | 'disabled';
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'webhook_endpoints.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'webhook_endpoint';
            /** @enum {boolean} */
            deleted: true;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'webhook_deliveries.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        status?: 'pending' | 'succeeded' | 'failed';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'webhook_delivery';
              webhook_endpoint: string;
              event: string;
              status: 'pending' | 'succeeded' | 'failed';
              attempt_count: number;
              next_attempt_at: string | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              retry_until: string;
              last_status_code: number | null;
              last_error: string | null;
              delivered_at: string | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              attempts: {
                id: string;
                /** @enum {string} */
                object: 'webhook_attempt';
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                attempted_at: string;
                status_code: number | null;
                error: string | null;
                response_body: string | null;
                duration_ms: number;
                manual: boolean;
              }[];
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'webhook_deliveries.retry': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        delivery: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'webhook_delivery';
            webhook_endpoint: string;
            event: string;
            status: 'pending' | 'succeeded' | 'failed';
            attempt_count: number;
            next_attempt_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            retry_until: string;
            last_status_code: number | null;
            last_error: string | null;
            delivered_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            attempts: {
              id: string;
              /** @enum {string} */
              object: 'webhook_attempt';
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              attempted_at: string;
              status_code: number | null;
              error: string | null;
              response_body: string | null;
              duration_ms: number;
              manual: boolean;
            }[];
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'events.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        type?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'event';
              /** @example invoice.finalized */
              type: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created: string;
              /** @description False for an event of test mode (docs/security.md#live-and-test-mode), as in Stripe. */
              livemode: boolean;
              data: {
                /** @description The object the event is about, as the API wrote it then. */
                object: {
                  [key: string]: unknown;
                };
              };
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'events.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'event';
            /** @example invoice.finalized */
            type: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created: string;
            /** @description False for an event of test mode (docs/security.md#live-and-test-mode), as in Stripe. */
            livemode: boolean;
            data: {
              /** @description The object the event is about, as the API wrote it then. */
              object: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'payment_settings.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'payment_settings';
            provider: 'manual' | 'stripe';
            stripe: {
              connected: boolean;
              /** @description The key's prefix and last four characters, e.g. "sk_test_…4242"; never the key. */
              secret_key_hint: string | null;
              webhook_secret_set: boolean;
              api_base: string | null;
              /** @enum {string} */
              webhook_path: '/v1/webhooks/stripe';
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
            sync: {
              failed: number;
              last_error: string | null;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'payment_settings.update': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description `manual` (payments recorded by hand) or `stripe` (invoices pushed to Stripe and paid there). */
          provider?: 'manual' | 'stripe';
          stripe?: {
            /** @description Never returned. */
            secret_key?: string;
            /** @description Never returned. */
            webhook_secret?: string;
            /** @description Another Stripe-compatible API (stripe-mock, a proxy). Default https://api.stripe.com. */
            api_base?: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'payment_settings';
            provider: 'manual' | 'stripe';
            stripe: {
              connected: boolean;
              /** @description The key's prefix and last four characters, e.g. "sk_test_…4242"; never the key. */
              secret_key_hint: string | null;
              webhook_secret_set: boolean;
              api_base: string | null;
              /** @enum {string} */
              webhook_path: '/v1/webhooks/stripe';
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'payment_settings.disconnect_stripe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'payment_settings';
            provider: 'manual' | 'stripe';
            stripe: {
              connected: boolean;
              /** @description The key's prefix and last four characters, e.g. "sk_test_…4242"; never the key. */
              secret_key_hint: string | null;
              webhook_secret_set: boolean;
              api_base: string | null;
              /** @enum {string} */
              webhook_path: '/v1/webhooks/stripe';
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'stripe_webhooks.receive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            received: true;
            /** @description Stripe's event id (`evt_…`). */
            event: string;
            /** @description What Tariff did with it, e.g. `ignored` or `duplicate (…)` for an event already received. */
            outcome: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Stripe is not the connected payment provider (`payment_provider_not_configured`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'credit_grants.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        customer?: string;
        status?: 'pending' | 'active' | 'expired' | 'voided';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'credit_grant';
              customer: string;
              name: string | null;
              amount: {
                currency: string;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                value: string;
              };
              remaining: {
                currency: string;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                value: string;
              };
              category: 'paid' | 'promotional';
              applicability:
                | {
                    /** @enum {string} */
                    scope: 'metered';
                  }
                | {
                    billable_items: string[];
                  };
              priority: number;
              effective_at: string | null;
              expires_at: string | null;
              status: 'pending' | 'scheduled' | 'active' | 'expired' | 'voided';
              source: string;
              subscription: string | null;
              invoice: string | null;
              metadata: {
                [key: string]: string;
              };
              voided_at: string | null;
              expired_at: string | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such customer (the `customer` filter). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'credit_grants.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          customer: string;
          amount: {
            /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
            currency: string;
            /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
            value: string;
          };
          category: 'paid' | 'promotional';
          applicability?:
            | {
                /** @enum {string} */
                scope: 'metered';
              }
            | {
                billable_items: string[];
              };
          /** @default 50 */
          priority?: number;
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          effective_at?: string;
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          expires_at?: string;
          name?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description `remaining` is what invoices left of it (usage not yet invoiced not counted). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'credit_grant';
            customer: string;
            name: string | null;
            amount: {
              currency: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              value: string;
            };
            remaining: {
              currency: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              value: string;
            };
            category: 'paid' | 'promotional';
            applicability:
              | {
                  /** @enum {string} */
                  scope: 'metered';
                }
              | {
                  billable_items: string[];
                };
            priority: number;
            effective_at: string | null;
            expires_at: string | null;
            status: 'pending' | 'scheduled' | 'active' | 'expired' | 'voided';
            source: string;
            subscription: string | null;
            invoice: string | null;
            metadata: {
              [key: string]: string;
            };
            voided_at: string | null;
            expired_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'credit_grants.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `remaining` is what invoices left of it (usage not yet invoiced not counted). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'credit_grant';
            customer: string;
            name: string | null;
            amount: {
              currency: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              value: string;
            };
            remaining: {
              currency: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              value: string;
            };
            category: 'paid' | 'promotional';
            applicability:
              | {
                  /** @enum {string} */
                  scope: 'metered';
                }
              | {
                  billable_items: string[];
                };
            priority: number;
            effective_at: string | null;
            expires_at: string | null;
            status: 'pending' | 'scheduled' | 'active' | 'expired' | 'voided';
            source: string;
            subscription: string | null;
            invoice: string | null;
            metadata: {
              [key: string]: string;
            };
            voided_at: string | null;
            expired_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'credit_grants.void': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `remaining` is what invoices left of it (usage not yet invoiced not counted). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'credit_grant';
            customer: string;
            name: string | null;
            amount: {
              currency: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              value: string;
            };
            remaining: {
              currency: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              value: string;
            };
            category: 'paid' | 'promotional';
            applicability:
              | {
                  /** @enum {string} */
                  scope: 'metered';
                }
              | {
                  billable_items: string[];
                };
            priority: number;
            effective_at: string | null;
            expires_at: string | null;
            status: 'pending' | 'scheduled' | 'active' | 'expired' | 'voided';
            source: string;
            subscription: string | null;
            invoice: string | null;
            metadata: {
              [key: string]: string;
            };
            voided_at: string | null;
            expired_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'credit_balance.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'credit_balance';
            customer: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            as_of: string;
            balances: {
              currency: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              available: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              granted: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              consumed: string;
            }[];
            grants: {
              id: string;
              /** @enum {string} */
              object: 'credit_grant';
              customer: string;
              name: string | null;
              amount: {
                currency: string;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                value: string;
              };
              remaining: {
                currency: string;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                value: string;
              };
              category: 'paid' | 'promotional';
              applicability:
                | {
                    /** @enum {string} */
                    scope: 'metered';
                  }
                | {
                    billable_items: string[];
                  };
              priority: number;
              effective_at: string | null;
              expires_at: string | null;
              status: 'pending' | 'scheduled' | 'active' | 'expired' | 'voided';
              source: string;
              subscription: string | null;
              invoice: string | null;
              metadata: {
                [key: string]: string;
              };
              voided_at: string | null;
              expired_at: string | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              available: {
                currency: string;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                value: string;
              };
            }[];
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'credit_transactions.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        grant?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'credit_transaction';
              credit_grant: string;
              customer: string;
              type: 'granted' | 'consumed' | 'restored' | 'expired' | 'voided';
              amount: {
                currency: string;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                value: string;
              };
              invoice: string | null;
              invoice_line: string | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              occurred_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'top_ups.list': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'top_up';
              customer: string;
              amount: {
                currency: string;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                value: string;
              };
              credit_grant: string;
              invoice: string | null;
              status: 'pending' | 'paid' | 'failed';
              automatic: boolean;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'top_ups.create': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: {
            /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
            currency: string;
            /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
            value: string;
          };
          priority?: number;
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          expires_at?: string;
          applicability?:
            | {
                /** @enum {string} */
                scope: 'metered';
              }
            | {
                billable_items: string[];
              };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'top_up';
            customer: string;
            amount: {
              currency: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              value: string;
            };
            credit_grant: string;
            invoice: string | null;
            status: 'pending' | 'paid' | 'failed';
            automatic: boolean;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Invoicing is not running, so no top-up can be invoiced. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'auto_top_up.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          enabled: boolean;
          /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
          currency: string;
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          threshold: string;
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          amount: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'auto_top_up';
            customer: string;
            enabled: boolean;
            currency: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            threshold: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'alerts.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        customer?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'alert';
              customer: string;
              type: 'usage' | 'spend' | 'credit_balance';
              meter: string | null;
              billable_item: string | null;
              currency: string | null;
              /** @example 1000 */
              threshold: string;
              title: string | null;
              status: 'active' | 'archived';
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'alerts.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          customer: string;
          type: 'usage' | 'spend' | 'credit_balance';
          meter?: string;
          billable_item?: string;
          /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
          currency?: string;
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          threshold: string;
          title?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'alert';
            customer: string;
            type: 'usage' | 'spend' | 'credit_balance';
            meter: string | null;
            billable_item: string | null;
            currency: string | null;
            /** @example 1000 */
            threshold: string;
            title: string | null;
            status: 'active' | 'archived';
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'alerts.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'alert';
            customer: string;
            type: 'usage' | 'spend' | 'credit_balance';
            meter: string | null;
            billable_item: string | null;
            currency: string | null;
            /** @example 1000 */
            threshold: string;
            title: string | null;
            status: 'active' | 'archived';
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'alerts.archive': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'alert';
            customer: string;
            type: 'usage' | 'spend' | 'credit_balance';
            meter: string | null;
            billable_item: string | null;
            currency: string | null;
            /** @example 1000 */
            threshold: string;
            title: string | null;
            status: 'active' | 'archived';
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'revenue.journal.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        /** @description Whose books: absent, the real books (customers on a test clock left out); a test clock's id, that clock's customers only. */
        test_clock?: string;
        /** @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds. */
        start_time?: string;
        /** @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds. */
        end_time?: string;
        customer?: string;
        account?:
          | 'revenue'
          | 'unbilled_ar'
          | 'ar'
          | 'deferred_revenue'
          | 'cash'
          | 'tax_payable'
          | 'customer_balance'
          | 'bad_debt'
          | 'breakage_revenue';
        source?: string;
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of entries; with `format=csv`, all of them (up to 100,000) as CSV. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'journal_entry';
              transaction: string;
              customer: string;
              /** @enum {unknown} */
              account:
                | 'revenue'
                | 'unbilled_ar'
                | 'ar'
                | 'deferred_revenue'
                | 'cash'
                | 'tax_payable'
                | 'customer_balance'
                | 'bad_debt'
                | 'breakage_revenue';
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              debit: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              credit: string;
              currency: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              recognized_at: string;
              source: string;
              source_id: string | null;
              billable_item: string | null;
              description: string;
            }[];
            has_more: boolean;
          };
          'text/csv': string;
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such customer or test clock. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'revenue.journal.export': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        /** @description Whose books: absent, the real books (customers on a test clock left out); a test clock's id, that clock's customers only. */
        test_clock?: string;
        /** @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds. */
        start_time?: string;
        /** @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds. */
        end_time?: string;
        customer?: string;
        account?:
          | 'revenue'
          | 'unbilled_ar'
          | 'ar'
          | 'deferred_revenue'
          | 'cash'
          | 'tax_payable'
          | 'customer_balance'
          | 'bad_debt'
          | 'breakage_revenue';
        source?: string;
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entries as CSV (at most 100,000 rows), as an attachment `journal.csv`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such customer or test clock. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'revenue.summary.retrieve': {
    parameters: {
      query: {
        /** @description A calendar month, YYYY-MM, in the account time zone. */
        month: string;
        customer?: string;
        /** @description Whose books: absent, the real books (customers on a test clock left out); a test clock's id, that clock's customers only. */
        test_clock?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'revenue_summary';
            month: string;
            time_zone: string;
            test_clock: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            start_time: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            end_time: string;
            accounts: {
              /** @enum {unknown} */
              account:
                | 'revenue'
                | 'unbilled_ar'
                | 'ar'
                | 'deferred_revenue'
                | 'cash'
                | 'tax_payable'
                | 'customer_balance'
                | 'bad_debt'
                | 'breakage_revenue';
              currency: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              debit: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              credit: string;
              /** @description The account's balance on its natural side. */
              net: string;
            }[];
            customers: {
              customer: string;
              /** @enum {unknown} */
              account:
                | 'revenue'
                | 'unbilled_ar'
                | 'ar'
                | 'deferred_revenue'
                | 'cash'
                | 'tax_payable'
                | 'customer_balance'
                | 'bad_debt'
                | 'breakage_revenue';
              currency: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              debit: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              credit: string;
              /** @description The account's balance on its natural side. */
              net: string;
            }[];
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such customer or test clock. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'subscriptions.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        customer?: string;
        status?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'subscription';
              customer: string;
              status: 'not_started' | 'trialing' | 'active' | 'past_due' | 'canceled';
              currency: string;
              pricing_plan: string;
              pricing_plan_version: number;
              billing_cadence: {
                /** @enum {unknown} */
                interval: 'day' | 'week' | 'month' | 'year';
                interval_count: number;
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                anchor: string;
              };
              /** @description License-fee quantity per licensed item (decimal strings). */
              component_configurations: {
                [key: string]: {
                  quantity: string;
                };
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              start_date: string;
              trial_end: string | null;
              current_period_start: string | null;
              current_period_end: string | null;
              next_action_at: string | null;
              /** @description A plan or quantity change scheduled for later. */
              pending_change: {
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                effective_at: string;
                pricing_plan: string;
                pricing_plan_version: number;
                component_configurations: {
                  [key: string]: {
                    quantity: string;
                  };
                } | null;
                proration_behavior: 'always_invoice' | 'create_prorations' | 'none';
              } | null;
              cancel_at: string | null;
              canceled_at: string | null;
              test_clock: string | null;
              /** @description Minimum spend per billing period; a shortfall is billed as a true-up line. */
              minimum: {
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                amount: string;
                currency: string;
              } | null;
              /** @description An amount invoiced up front for a term and burned down by usage as a paid credit grant. */
              prepaid_commitment: {
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                amount: string;
                currency: string;
                term_start: string | null;
                term_end: string | null;
                credit_grant: string | null;
                invoice: string | null;
                /** @enum {string} */
                rollover: 'expires_at_term_end';
              } | null;
              phases?: {
                pricing_plan: string;
                pricing_plan_version: number;
                /** @description License-fee quantity per licensed item (decimal strings). */
                component_configurations: {
                  [key: string]: {
                    quantity: string;
                  };
                };
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                effective_at: string;
                proration_behavior: string | null;
              }[];
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              updated_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'subscriptions.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          customer: string;
          pricing_plan: string;
          pricing_plan_version?: number;
          billing_cadence?: {
            interval: 'day' | 'week' | 'month' | 'year';
            /** @default 1 */
            interval_count?: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            anchor?: string;
          };
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          start_date?: string;
          /** @description Allows a start_date before the account's event window (at most 2 years back); every period since is billed at once. */
          backfill?: boolean;
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          trial_end?: string;
          /** @description License-fee quantities by license fee id: { "lf_…": { "quantity": "3" } }. */
          component_configurations?: {
            [key: string]: {
              /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
              quantity: string;
            };
          };
          /** @description Minimum spend per billing period, in the subscription currency: a shortfall is billed as a `minimum_commitment_true_up` line on the invoice closing the period, prorated for a partial period. */
          minimum?: {
            /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
            amount: string;
            /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
            currency: string;
          } | null;
          prepaid_commitment?: {
            /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
            amount: string;
            /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
            currency: string;
            /** @default 12 */
            term_months?: number;
          };
          coupon?: string;
          /** @description Its id or the code itself. */
          promotion_code?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'subscription';
            customer: string;
            status: 'not_started' | 'trialing' | 'active' | 'past_due' | 'canceled';
            currency: string;
            pricing_plan: string;
            pricing_plan_version: number;
            billing_cadence: {
              /** @enum {unknown} */
              interval: 'day' | 'week' | 'month' | 'year';
              interval_count: number;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              anchor: string;
            };
            /** @description License-fee quantity per licensed item (decimal strings). */
            component_configurations: {
              [key: string]: {
                quantity: string;
              };
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            start_date: string;
            trial_end: string | null;
            current_period_start: string | null;
            current_period_end: string | null;
            next_action_at: string | null;
            /** @description A plan or quantity change scheduled for later. */
            pending_change: {
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              effective_at: string;
              pricing_plan: string;
              pricing_plan_version: number;
              component_configurations: {
                [key: string]: {
                  quantity: string;
                };
              } | null;
              proration_behavior: 'always_invoice' | 'create_prorations' | 'none';
            } | null;
            cancel_at: string | null;
            canceled_at: string | null;
            test_clock: string | null;
            /** @description Minimum spend per billing period; a shortfall is billed as a true-up line. */
            minimum: {
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              currency: string;
            } | null;
            /** @description An amount invoiced up front for a term and burned down by usage as a paid credit grant. */
            prepaid_commitment: {
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              currency: string;
              term_start: string | null;
              term_end: string | null;
              credit_grant: string | null;
              invoice: string | null;
              /** @enum {string} */
              rollover: 'expires_at_term_end';
            } | null;
            phases?: {
              pricing_plan: string;
              pricing_plan_version: number;
              /** @description License-fee quantity per licensed item (decimal strings). */
              component_configurations: {
                [key: string]: {
                  quantity: string;
                };
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              effective_at: string;
              proration_behavior: string | null;
            }[];
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'subscriptions.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'subscription';
            customer: string;
            status: 'not_started' | 'trialing' | 'active' | 'past_due' | 'canceled';
            currency: string;
            pricing_plan: string;
            pricing_plan_version: number;
            billing_cadence: {
              /** @enum {unknown} */
              interval: 'day' | 'week' | 'month' | 'year';
              interval_count: number;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              anchor: string;
            };
            /** @description License-fee quantity per licensed item (decimal strings). */
            component_configurations: {
              [key: string]: {
                quantity: string;
              };
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            start_date: string;
            trial_end: string | null;
            current_period_start: string | null;
            current_period_end: string | null;
            next_action_at: string | null;
            /** @description A plan or quantity change scheduled for later. */
            pending_change: {
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              effective_at: string;
              pricing_plan: string;
              pricing_plan_version: number;
              component_configurations: {
                [key: string]: {
                  quantity: string;
                };
              } | null;
              proration_behavior: 'always_invoice' | 'create_prorations' | 'none';
            } | null;
            cancel_at: string | null;
            canceled_at: string | null;
            test_clock: string | null;
            /** @description Minimum spend per billing period; a shortfall is billed as a true-up line. */
            minimum: {
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              currency: string;
            } | null;
            /** @description An amount invoiced up front for a term and burned down by usage as a paid credit grant. */
            prepaid_commitment: {
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              currency: string;
              term_start: string | null;
              term_end: string | null;
              credit_grant: string | null;
              invoice: string | null;
              /** @enum {string} */
              rollover: 'expires_at_term_end';
            } | null;
            phases?: {
              pricing_plan: string;
              pricing_plan_version: number;
              /** @description License-fee quantity per licensed item (decimal strings). */
              component_configurations: {
                [key: string]: {
                  quantity: string;
                };
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              effective_at: string;
              proration_behavior: string | null;
            }[];
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'subscriptions.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description License-fee quantities by license fee id: { "lf_…": { "quantity": "3" } }. */
          component_configurations?: {
            [key: string]: {
              /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
              quantity: string;
            };
          };
          /** @description Minimum spend per billing period, in the subscription currency: a shortfall is billed as a `minimum_commitment_true_up` line on the invoice closing the period, prorated for a partial period. */
          minimum?: {
            /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
            amount: string;
            /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
            currency: string;
          } | null;
          /** @description always_invoice: invoice the difference now; create_prorations: on the next invoice; none: no proration. */
          proration_behavior?: 'always_invoice' | 'create_prorations' | 'none';
          /** @description "now" (default), "period_end", or a future timestamp. */
          effective_at?: 'now' | 'period_end' | string;
          coupon?: string;
          /** @description Its id or the code itself. */
          promotion_code?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'subscription';
            customer: string;
            status: 'not_started' | 'trialing' | 'active' | 'past_due' | 'canceled';
            currency: string;
            pricing_plan: string;
            pricing_plan_version: number;
            billing_cadence: {
              /** @enum {unknown} */
              interval: 'day' | 'week' | 'month' | 'year';
              interval_count: number;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              anchor: string;
            };
            /** @description License-fee quantity per licensed item (decimal strings). */
            component_configurations: {
              [key: string]: {
                quantity: string;
              };
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            start_date: string;
            trial_end: string | null;
            current_period_start: string | null;
            current_period_end: string | null;
            next_action_at: string | null;
            /** @description A plan or quantity change scheduled for later. */
            pending_change: {
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              effective_at: string;
              pricing_plan: string;
              pricing_plan_version: number;
              component_configurations: {
                [key: string]: {
                  quantity: string;
                };
              } | null;
              proration_behavior: 'always_invoice' | 'create_prorations' | 'none';
            } | null;
            cancel_at: string | null;
            canceled_at: string | null;
            test_clock: string | null;
            /** @description Minimum spend per billing period; a shortfall is billed as a true-up line. */
            minimum: {
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              currency: string;
            } | null;
            /** @description An amount invoiced up front for a term and burned down by usage as a paid credit grant. */
            prepaid_commitment: {
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              currency: string;
              term_start: string | null;
              term_end: string | null;
              credit_grant: string | null;
              invoice: string | null;
              /** @enum {string} */
              rollover: 'expires_at_term_end';
            } | null;
            phases?: {
              pricing_plan: string;
              pricing_plan_version: number;
              /** @description License-fee quantity per licensed item (decimal strings). */
              component_configurations: {
                [key: string]: {
                  quantity: string;
                };
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              effective_at: string;
              proration_behavior: string | null;
            }[];
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'subscriptions.change_plan': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          pricing_plan: string;
          pricing_plan_version?: number;
          /** @description License-fee quantities by license fee id: { "lf_…": { "quantity": "3" } }. */
          component_configurations?: {
            [key: string]: {
              /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
              quantity: string;
            };
          };
          /** @description "now" (default), "period_end", or a future timestamp. */
          effective_at?: 'now' | 'period_end' | string;
          /** @description always_invoice: invoice the difference now; create_prorations: on the next invoice; none: no proration. */
          proration_behavior?: 'always_invoice' | 'create_prorations' | 'none';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'subscription';
            customer: string;
            status: 'not_started' | 'trialing' | 'active' | 'past_due' | 'canceled';
            currency: string;
            pricing_plan: string;
            pricing_plan_version: number;
            billing_cadence: {
              /** @enum {unknown} */
              interval: 'day' | 'week' | 'month' | 'year';
              interval_count: number;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              anchor: string;
            };
            /** @description License-fee quantity per licensed item (decimal strings). */
            component_configurations: {
              [key: string]: {
                quantity: string;
              };
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            start_date: string;
            trial_end: string | null;
            current_period_start: string | null;
            current_period_end: string | null;
            next_action_at: string | null;
            /** @description A plan or quantity change scheduled for later. */
            pending_change: {
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              effective_at: string;
              pricing_plan: string;
              pricing_plan_version: number;
              component_configurations: {
                [key: string]: {
                  quantity: string;
                };
              } | null;
              proration_behavior: 'always_invoice' | 'create_prorations' | 'none';
            } | null;
            cancel_at: string | null;
            canceled_at: string | null;
            test_clock: string | null;
            /** @description Minimum spend per billing period; a shortfall is billed as a true-up line. */
            minimum: {
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              currency: string;
            } | null;
            /** @description An amount invoiced up front for a term and burned down by usage as a paid credit grant. */
            prepaid_commitment: {
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              currency: string;
              term_start: string | null;
              term_end: string | null;
              credit_grant: string | null;
              invoice: string | null;
              /** @enum {string} */
              rollover: 'expires_at_term_end';
            } | null;
            phases?: {
              pricing_plan: string;
              pricing_plan_version: number;
              /** @description License-fee quantity per licensed item (decimal strings). */
              component_configurations: {
                [key: string]: {
                  quantity: string;
                };
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              effective_at: string;
              proration_behavior: string | null;
            }[];
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'subscriptions.preview_change_plan': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          pricing_plan: string;
          pricing_plan_version?: number;
          /** @description License-fee quantities by license fee id: { "lf_…": { "quantity": "3" } }. */
          component_configurations?: {
            [key: string]: {
              /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
              quantity: string;
            };
          };
          /** @description "now" (default), "period_end", or a future timestamp. */
          effective_at?: 'now' | 'period_end' | string;
          /** @description always_invoice: invoice the difference now; create_prorations: on the next invoice; none: no proration. */
          proration_behavior?: 'always_invoice' | 'create_prorations' | 'none';
        };
      };
    };
    responses: {
      /** @description What a change would do, computed by making it and rolling it back: the subscription after it, the proration lines (credit for unused time, charge for the new terms) and, with `always_invoice`, the invoice it would finalize now, tax included. Nothing is stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'subscription_change_preview';
            /** Subscription */
            subscription: {
              id: string;
              /** @enum {string} */
              object: 'subscription';
              customer: string;
              status: 'not_started' | 'trialing' | 'active' | 'past_due' | 'canceled';
              currency: string;
              pricing_plan: string;
              pricing_plan_version: number;
              billing_cadence: {
                /** @enum {unknown} */
                interval: 'day' | 'week' | 'month' | 'year';
                interval_count: number;
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                anchor: string;
              };
              /** @description License-fee quantity per licensed item (decimal strings). */
              component_configurations: {
                [key: string]: {
                  quantity: string;
                };
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              start_date: string;
              trial_end: string | null;
              current_period_start: string | null;
              current_period_end: string | null;
              next_action_at: string | null;
              /** @description A plan or quantity change scheduled for later. */
              pending_change: {
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                effective_at: string;
                pricing_plan: string;
                pricing_plan_version: number;
                component_configurations: {
                  [key: string]: {
                    quantity: string;
                  };
                } | null;
                proration_behavior: 'always_invoice' | 'create_prorations' | 'none';
              } | null;
              cancel_at: string | null;
              canceled_at: string | null;
              test_clock: string | null;
              /** @description Minimum spend per billing period; a shortfall is billed as a true-up line. */
              minimum: {
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                amount: string;
                currency: string;
              } | null;
              /** @description An amount invoiced up front for a term and burned down by usage as a paid credit grant. */
              prepaid_commitment: {
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                amount: string;
                currency: string;
                term_start: string | null;
                term_end: string | null;
                credit_grant: string | null;
                invoice: string | null;
                /** @enum {string} */
                rollover: 'expires_at_term_end';
              } | null;
              phases?: {
                pricing_plan: string;
                pricing_plan_version: number;
                /** @description License-fee quantity per licensed item (decimal strings). */
                component_configurations: {
                  [key: string]: {
                    quantity: string;
                  };
                };
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                effective_at: string;
                proration_behavior: string | null;
              }[];
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              updated_at: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            effective_at: string;
            currency: string;
            proration_lines: {
              type: string;
              description: string;
              billable_item: string | null;
              quantity: string | null;
              unit_amount: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            proration_total: string;
            invoice: {
              id: string;
              /** @enum {string} */
              object: 'invoice';
              number: string | null;
              customer: string;
              subscription: string | null;
              status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
              billing_reason: string;
              currency: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
              lines: {
                id: string;
                /** @enum {string} */
                object: 'invoice_line';
                /** @description e.g. `licensed`, `usage`, `proration`, `one_off`. */
                type: string;
                description: string;
                billable_item: string | null;
                quantity: string | null;
                unit_amount: string | null;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                amount: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                period_start: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                period_end: string;
              }[];
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              subtotal: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              credits_applied: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              tax: string;
              tax_breakdown: {
                tax_rate: string;
                display_name: string;
                percentage: string;
                inclusive: boolean;
                country: string | null;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                taxable_amount: string;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                amount: string;
              }[];
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              total: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              balance_applied: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount_due: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount_paid: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount_remaining: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount_credited: string;
              tax_registration_number: string | null;
              customer_details: {
                name: string | null;
                email: string | null;
                billing_details: {
                  company_name?: string;
                  address?: {
                    line1?: string;
                    line2?: string;
                    city?: string;
                    state?: string;
                    postal_code?: string;
                    country?: string;
                  };
                  tax_ids?: {
                    type: string;
                    value: string;
                  }[];
                };
              } | null;
              issuer_details: {
                name: string;
                tax_registration_number: string | null;
                time_zone: string;
                address?: {
                  line1?: string;
                  line2?: string;
                  city?: string;
                  state?: string;
                  postal_code?: string;
                  country?: string;
                } | null;
                phone?: string | null;
                bank_transfer?: {
                  /** @example みずほ銀行 */
                  bank_name: string;
                  /** @example 渋谷支店 */
                  branch_name: string;
                  /** @description ordinary: 普通預金; checking: 当座預金. */
                  account_type: 'ordinary' | 'checking';
                  account_number: string;
                  /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
                  account_holder: string;
                } | null;
              } | null;
              hosted_invoice_url: string | null;
              payment_reference: string | null;
              test_clock: string | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              finalize_at: string | null;
              finalized_at: string | null;
              paid_at: string | null;
              voided_at: string | null;
              marked_uncollectible_at: string | null;
              due_date: string | null;
              metadata: {
                [key: string]: string;
              };
            } | null;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'subscriptions.preview_update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description License-fee quantities by license fee id: { "lf_…": { "quantity": "3" } }. */
          component_configurations?: {
            [key: string]: {
              /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
              quantity: string;
            };
          };
          /** @description Minimum spend per billing period, in the subscription currency: a shortfall is billed as a `minimum_commitment_true_up` line on the invoice closing the period, prorated for a partial period. */
          minimum?: {
            /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
            amount: string;
            /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
            currency: string;
          } | null;
          /** @description always_invoice: invoice the difference now; create_prorations: on the next invoice; none: no proration. */
          proration_behavior?: 'always_invoice' | 'create_prorations' | 'none';
          /** @description "now" (default), "period_end", or a future timestamp. */
          effective_at?: 'now' | 'period_end' | string;
          coupon?: string;
          /** @description Its id or the code itself. */
          promotion_code?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description What a change would do, computed by making it and rolling it back: the subscription after it, the proration lines (credit for unused time, charge for the new terms) and, with `always_invoice`, the invoice it would finalize now, tax included. Nothing is stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'subscription_change_preview';
            /** Subscription */
            subscription: {
              id: string;
              /** @enum {string} */
              object: 'subscription';
              customer: string;
              status: 'not_started' | 'trialing' | 'active' | 'past_due' | 'canceled';
              currency: string;
              pricing_plan: string;
              pricing_plan_version: number;
              billing_cadence: {
                /** @enum {unknown} */
                interval: 'day' | 'week' | 'month' | 'year';
                interval_count: number;
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                anchor: string;
              };
              /** @description License-fee quantity per licensed item (decimal strings). */
              component_configurations: {
                [key: string]: {
                  quantity: string;
                };
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              start_date: string;
              trial_end: string | null;
              current_period_start: string | null;
              current_period_end: string | null;
              next_action_at: string | null;
              /** @description A plan or quantity change scheduled for later. */
              pending_change: {
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                effective_at: string;
                pricing_plan: string;
                pricing_plan_version: number;
                component_configurations: {
                  [key: string]: {
                    quantity: string;
                  };
                } | null;
                proration_behavior: 'always_invoice' | 'create_prorations' | 'none';
              } | null;
              cancel_at: string | null;
              canceled_at: string | null;
              test_clock: string | null;
              /** @description Minimum spend per billing period; a shortfall is billed as a true-up line. */
              minimum: {
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                amount: string;
                currency: string;
              } | null;
              /** @description An amount invoiced up front for a term and burned down by usage as a paid credit grant. */
              prepaid_commitment: {
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                amount: string;
                currency: string;
                term_start: string | null;
                term_end: string | null;
                credit_grant: string | null;
                invoice: string | null;
                /** @enum {string} */
                rollover: 'expires_at_term_end';
              } | null;
              phases?: {
                pricing_plan: string;
                pricing_plan_version: number;
                /** @description License-fee quantity per licensed item (decimal strings). */
                component_configurations: {
                  [key: string]: {
                    quantity: string;
                  };
                };
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                effective_at: string;
                proration_behavior: string | null;
              }[];
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              updated_at: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            effective_at: string;
            currency: string;
            proration_lines: {
              type: string;
              description: string;
              billable_item: string | null;
              quantity: string | null;
              unit_amount: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            proration_total: string;
            invoice: {
              id: string;
              /** @enum {string} */
              object: 'invoice';
              number: string | null;
              customer: string;
              subscription: string | null;
              status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
              billing_reason: string;
              currency: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
              lines: {
                id: string;
                /** @enum {string} */
                object: 'invoice_line';
                /** @description e.g. `licensed`, `usage`, `proration`, `one_off`. */
                type: string;
                description: string;
                billable_item: string | null;
                quantity: string | null;
                unit_amount: string | null;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                amount: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                period_start: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                period_end: string;
              }[];
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              subtotal: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              credits_applied: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              tax: string;
              tax_breakdown: {
                tax_rate: string;
                display_name: string;
                percentage: string;
                inclusive: boolean;
                country: string | null;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                taxable_amount: string;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                amount: string;
              }[];
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              total: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              balance_applied: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount_due: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount_paid: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount_remaining: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount_credited: string;
              tax_registration_number: string | null;
              customer_details: {
                name: string | null;
                email: string | null;
                billing_details: {
                  company_name?: string;
                  address?: {
                    line1?: string;
                    line2?: string;
                    city?: string;
                    state?: string;
                    postal_code?: string;
                    country?: string;
                  };
                  tax_ids?: {
                    type: string;
                    value: string;
                  }[];
                };
              } | null;
              issuer_details: {
                name: string;
                tax_registration_number: string | null;
                time_zone: string;
                address?: {
                  line1?: string;
                  line2?: string;
                  city?: string;
                  state?: string;
                  postal_code?: string;
                  country?: string;
                } | null;
                phone?: string | null;
                bank_transfer?: {
                  /** @example みずほ銀行 */
                  bank_name: string;
                  /** @example 渋谷支店 */
                  branch_name: string;
                  /** @description ordinary: 普通預金; checking: 当座預金. */
                  account_type: 'ordinary' | 'checking';
                  account_number: string;
                  /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
                  account_holder: string;
                } | null;
              } | null;
              hosted_invoice_url: string | null;
              payment_reference: string | null;
              test_clock: string | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              finalize_at: string | null;
              finalized_at: string | null;
              paid_at: string | null;
              voided_at: string | null;
              marked_uncollectible_at: string | null;
              due_date: string | null;
              metadata: {
                [key: string]: string;
              };
            } | null;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'subscriptions.cancel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          at?: 'now' | 'period_end';
          /** @description always_invoice: invoice the difference now; create_prorations: on the next invoice; none: no proration. */
          proration_behavior?: 'always_invoice' | 'create_prorations' | 'none';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'subscription';
            customer: string;
            status: 'not_started' | 'trialing' | 'active' | 'past_due' | 'canceled';
            currency: string;
            pricing_plan: string;
            pricing_plan_version: number;
            billing_cadence: {
              /** @enum {unknown} */
              interval: 'day' | 'week' | 'month' | 'year';
              interval_count: number;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              anchor: string;
            };
            /** @description License-fee quantity per licensed item (decimal strings). */
            component_configurations: {
              [key: string]: {
                quantity: string;
              };
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            start_date: string;
            trial_end: string | null;
            current_period_start: string | null;
            current_period_end: string | null;
            next_action_at: string | null;
            /** @description A plan or quantity change scheduled for later. */
            pending_change: {
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              effective_at: string;
              pricing_plan: string;
              pricing_plan_version: number;
              component_configurations: {
                [key: string]: {
                  quantity: string;
                };
              } | null;
              proration_behavior: 'always_invoice' | 'create_prorations' | 'none';
            } | null;
            cancel_at: string | null;
            canceled_at: string | null;
            test_clock: string | null;
            /** @description Minimum spend per billing period; a shortfall is billed as a true-up line. */
            minimum: {
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              currency: string;
            } | null;
            /** @description An amount invoiced up front for a term and burned down by usage as a paid credit grant. */
            prepaid_commitment: {
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              currency: string;
              term_start: string | null;
              term_end: string | null;
              credit_grant: string | null;
              invoice: string | null;
              /** @enum {string} */
              rollover: 'expires_at_term_end';
            } | null;
            phases?: {
              pricing_plan: string;
              pricing_plan_version: number;
              /** @description License-fee quantity per licensed item (decimal strings). */
              component_configurations: {
                [key: string]: {
                  quantity: string;
                };
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              effective_at: string;
              proration_behavior: string | null;
            }[];
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            updated_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'plan_migrations.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'plan_migration';
              from: {
                pricing_plan: string;
                pricing_plan_version: number;
              };
              to: {
                pricing_plan: string;
                pricing_plan_version: number;
              };
              effective: 'next_period' | 'now';
              proration_behavior: 'always_invoice' | 'create_prorations' | 'none';
              status: 'running' | 'completed';
              total: number;
              /** @description Moved now, or scheduled for their period end. */
              migrated: number;
              failed: number;
              failures: {
                subscription: string;
                code: string;
                message: string;
              }[];
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              completed_at: string | null;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'plan_migrations.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The pricing-plan version whose subscriptions move. */
          from: {
            pricing_plan: string;
            pricing_plan_version: number;
          };
          /** @description The pricing-plan version they move to (the same or another plan, same currency). */
          to: {
            pricing_plan: string;
            /** @description Default: the plan’s live version. */
            pricing_plan_version?: number;
          };
          /** @description next_period (default): each subscription changes at its own current period end; now: at once, prorated with proration_behavior. */
          effective?: 'next_period' | 'now';
          /** @description always_invoice: invoice the difference now; create_prorations: on the next invoice; none: no proration. */
          proration_behavior?: 'always_invoice' | 'create_prorations' | 'none';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'plan_migration';
            from: {
              pricing_plan: string;
              pricing_plan_version: number;
            };
            to: {
              pricing_plan: string;
              pricing_plan_version: number;
            };
            effective: 'next_period' | 'now';
            proration_behavior: 'always_invoice' | 'create_prorations' | 'none';
            status: 'running' | 'completed';
            total: number;
            /** @description Moved now, or scheduled for their period end. */
            migrated: number;
            failed: number;
            failures: {
              subscription: string;
              code: string;
              message: string;
            }[];
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            completed_at: string | null;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'plan_migrations.preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The pricing-plan version whose subscriptions move. */
          from: {
            pricing_plan: string;
            pricing_plan_version: number;
          };
          /** @description The pricing-plan version they move to (the same or another plan, same currency). */
          to: {
            pricing_plan: string;
            /** @description Default: the plan’s live version. */
            pricing_plan_version?: number;
          };
          /** @description next_period (default): each subscription changes at its own current period end; now: at once, prorated with proration_behavior. */
          effective?: 'next_period' | 'now';
          /** @description always_invoice: invoice the difference now; create_prorations: on the next invoice; none: no proration. */
          proration_behavior?: 'always_invoice' | 'create_prorations' | 'none';
          /** @description How many subscriptions to list (default 100). */
          limit?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'plan_migration_preview';
            from: {
              pricing_plan: string;
              pricing_plan_version: number;
            };
            to: {
              pricing_plan: string;
              pricing_plan_version: number;
            };
            effective: 'next_period' | 'now';
            proration_behavior: 'always_invoice' | 'create_prorations' | 'none';
            currency: string;
            has_more: boolean;
            data: {
              subscription: string;
              customer: string;
              effective_at: string | null;
              old_upcoming_total: string | null;
              new_upcoming_total: string | null;
              proration_invoice_total: string | null;
              error: {
                code: string;
                message: string;
              } | null;
            }[];
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'plan_migrations.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'plan_migration';
            from: {
              pricing_plan: string;
              pricing_plan_version: number;
            };
            to: {
              pricing_plan: string;
              pricing_plan_version: number;
            };
            effective: 'next_period' | 'now';
            proration_behavior: 'always_invoice' | 'create_prorations' | 'none';
            status: 'running' | 'completed';
            total: number;
            /** @description Moved now, or scheduled for their period end. */
            migrated: number;
            failed: number;
            failures: {
              subscription: string;
              code: string;
              message: string;
            }[];
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            completed_at: string | null;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'invoices.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        customer?: string;
        subscription?: string;
        status?: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'invoice';
              number: string | null;
              customer: string;
              subscription: string | null;
              status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
              billing_reason: string;
              currency: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
              lines: {
                id: string;
                /** @enum {string} */
                object: 'invoice_line';
                /** @description e.g. `licensed`, `usage`, `proration`, `one_off`. */
                type: string;
                description: string;
                billable_item: string | null;
                quantity: string | null;
                unit_amount: string | null;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                amount: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                period_start: string;
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                period_end: string;
              }[];
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              subtotal: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              credits_applied: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              tax: string;
              tax_breakdown: {
                tax_rate: string;
                display_name: string;
                percentage: string;
                inclusive: boolean;
                country: string | null;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                taxable_amount: string;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                amount: string;
              }[];
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              total: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              balance_applied: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount_due: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount_paid: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount_remaining: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount_credited: string;
              tax_registration_number: string | null;
              customer_details: {
                name: string | null;
                email: string | null;
                billing_details: {
                  company_name?: string;
                  address?: {
                    line1?: string;
                    line2?: string;
                    city?: string;
                    state?: string;
                    postal_code?: string;
                    country?: string;
                  };
                  tax_ids?: {
                    type: string;
                    value: string;
                  }[];
                };
              } | null;
              issuer_details: {
                name: string;
                tax_registration_number: string | null;
                time_zone: string;
                address?: {
                  line1?: string;
                  line2?: string;
                  city?: string;
                  state?: string;
                  postal_code?: string;
                  country?: string;
                } | null;
                phone?: string | null;
                bank_transfer?: {
                  /** @example みずほ銀行 */
                  bank_name: string;
                  /** @example 渋谷支店 */
                  branch_name: string;
                  /** @description ordinary: 普通預金; checking: 当座預金. */
                  account_type: 'ordinary' | 'checking';
                  account_number: string;
                  /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
                  account_holder: string;
                } | null;
              } | null;
              hosted_invoice_url: string | null;
              payment_reference: string | null;
              test_clock: string | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              finalize_at: string | null;
              finalized_at: string | null;
              paid_at: string | null;
              voided_at: string | null;
              marked_uncollectible_at: string | null;
              due_date: string | null;
              metadata: {
                [key: string]: string;
              };
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such customer (the `customer` filter). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'invoices.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          customer: string;
          /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
          currency?: string;
          lines: {
            description: string;
            /**
             * @description A decimal number written as a string, e.g. "25000" or "0.000002": at most 20 digits before the point and 12 after.
             * @example 25000
             */
            amount: string;
            /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
            quantity?: string;
          }[];
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
          finalize?: boolean;
        };
      };
    };
    responses: {
      /** @description An invoice; `customer_details` and `issuer_details` are null on drafts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'invoice';
            number: string | null;
            customer: string;
            subscription: string | null;
            status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
            billing_reason: string;
            currency: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_start: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_end: string;
            lines: {
              id: string;
              /** @enum {string} */
              object: 'invoice_line';
              /** @description e.g. `licensed`, `usage`, `proration`, `one_off`. */
              type: string;
              description: string;
              billable_item: string | null;
              quantity: string | null;
              unit_amount: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            subtotal: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            credits_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            tax: string;
            tax_breakdown: {
              tax_rate: string;
              display_name: string;
              percentage: string;
              inclusive: boolean;
              country: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              taxable_amount: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            total: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            balance_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_due: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_paid: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_remaining: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_credited: string;
            tax_registration_number: string | null;
            customer_details: {
              name: string | null;
              email: string | null;
              billing_details: {
                company_name?: string;
                address?: {
                  line1?: string;
                  line2?: string;
                  city?: string;
                  state?: string;
                  postal_code?: string;
                  country?: string;
                };
                tax_ids?: {
                  type: string;
                  value: string;
                }[];
              };
            } | null;
            issuer_details: {
              name: string;
              tax_registration_number: string | null;
              time_zone: string;
              address?: {
                line1?: string;
                line2?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                country?: string;
              } | null;
              phone?: string | null;
              bank_transfer?: {
                /** @example みずほ銀行 */
                bank_name: string;
                /** @example 渋谷支店 */
                branch_name: string;
                /** @description ordinary: 普通預金; checking: 当座預金. */
                account_type: 'ordinary' | 'checking';
                account_number: string;
                /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
                account_holder: string;
              } | null;
            } | null;
            hosted_invoice_url: string | null;
            payment_reference: string | null;
            test_clock: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            finalize_at: string | null;
            finalized_at: string | null;
            paid_at: string | null;
            voided_at: string | null;
            marked_uncollectible_at: string | null;
            due_date: string | null;
            metadata: {
              [key: string]: string;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'invoices.upcoming': {
    parameters: {
      query: {
        subscription: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invoice a subscription will get at its period end, as of now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: null;
            /** @enum {string} */
            object: 'invoice';
            number: string | null;
            customer: string;
            subscription: string | null;
            status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
            billing_reason: string;
            currency: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_start: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_end: string;
            lines: {
              id: string;
              /** @enum {string} */
              object: 'invoice_line';
              /** @description e.g. `licensed`, `usage`, `proration`, `one_off`. */
              type: string;
              description: string;
              billable_item: string | null;
              quantity: string | null;
              unit_amount: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            subtotal: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            credits_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            tax: string;
            tax_breakdown: {
              tax_rate: string;
              display_name: string;
              percentage: string;
              inclusive: boolean;
              country: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              taxable_amount: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            total: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            balance_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_due: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_paid: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_remaining: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_credited: string;
            tax_registration_number: string | null;
            customer_details: {
              name: string | null;
              email: string | null;
              billing_details: {
                company_name?: string;
                address?: {
                  line1?: string;
                  line2?: string;
                  city?: string;
                  state?: string;
                  postal_code?: string;
                  country?: string;
                };
                tax_ids?: {
                  type: string;
                  value: string;
                }[];
              };
            } | null;
            issuer_details: {
              name: string;
              tax_registration_number: string | null;
              time_zone: string;
              address?: {
                line1?: string;
                line2?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                country?: string;
              } | null;
              phone?: string | null;
              bank_transfer?: {
                /** @example みずほ銀行 */
                bank_name: string;
                /** @example 渋谷支店 */
                branch_name: string;
                /** @description ordinary: 普通預金; checking: 当座預金. */
                account_type: 'ordinary' | 'checking';
                account_number: string;
                /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
                account_holder: string;
              } | null;
            } | null;
            hosted_invoice_url: string | null;
            payment_reference: string | null;
            test_clock: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            finalize_at: string | null;
            finalized_at: string | null;
            paid_at: string | null;
            voided_at: string | null;
            marked_uncollectible_at: string | null;
            due_date: string | null;
            metadata: {
              [key: string]: string;
            };
            /** @description What to fix before it is issued, e.g. `tax_address_missing`. */
            warnings: {
              code: string;
              message: string;
            }[];
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such subscription, or it will not be invoiced again (`no_upcoming_invoice`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'invoices.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An invoice; `customer_details` and `issuer_details` are null on drafts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'invoice';
            number: string | null;
            customer: string;
            subscription: string | null;
            status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
            billing_reason: string;
            currency: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_start: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_end: string;
            lines: {
              id: string;
              /** @enum {string} */
              object: 'invoice_line';
              /** @description e.g. `licensed`, `usage`, `proration`, `one_off`. */
              type: string;
              description: string;
              billable_item: string | null;
              quantity: string | null;
              unit_amount: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            subtotal: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            credits_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            tax: string;
            tax_breakdown: {
              tax_rate: string;
              display_name: string;
              percentage: string;
              inclusive: boolean;
              country: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              taxable_amount: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            total: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            balance_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_due: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_paid: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_remaining: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_credited: string;
            tax_registration_number: string | null;
            customer_details: {
              name: string | null;
              email: string | null;
              billing_details: {
                company_name?: string;
                address?: {
                  line1?: string;
                  line2?: string;
                  city?: string;
                  state?: string;
                  postal_code?: string;
                  country?: string;
                };
                tax_ids?: {
                  type: string;
                  value: string;
                }[];
              };
            } | null;
            issuer_details: {
              name: string;
              tax_registration_number: string | null;
              time_zone: string;
              address?: {
                line1?: string;
                line2?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                country?: string;
              } | null;
              phone?: string | null;
              bank_transfer?: {
                /** @example みずほ銀行 */
                bank_name: string;
                /** @example 渋谷支店 */
                branch_name: string;
                /** @description ordinary: 普通預金; checking: 当座預金. */
                account_type: 'ordinary' | 'checking';
                account_number: string;
                /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
                account_holder: string;
              } | null;
            } | null;
            hosted_invoice_url: string | null;
            payment_reference: string | null;
            test_clock: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            finalize_at: string | null;
            finalized_at: string | null;
            paid_at: string | null;
            voided_at: string | null;
            marked_uncollectible_at: string | null;
            due_date: string | null;
            metadata: {
              [key: string]: string;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'invoices.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A one-off draft, deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'invoice';
            /** @enum {boolean} */
            deleted: true;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'invoices.finalize': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An invoice; `customer_details` and `issuer_details` are null on drafts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'invoice';
            number: string | null;
            customer: string;
            subscription: string | null;
            status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
            billing_reason: string;
            currency: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_start: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_end: string;
            lines: {
              id: string;
              /** @enum {string} */
              object: 'invoice_line';
              /** @description e.g. `licensed`, `usage`, `proration`, `one_off`. */
              type: string;
              description: string;
              billable_item: string | null;
              quantity: string | null;
              unit_amount: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            subtotal: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            credits_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            tax: string;
            tax_breakdown: {
              tax_rate: string;
              display_name: string;
              percentage: string;
              inclusive: boolean;
              country: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              taxable_amount: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            total: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            balance_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_due: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_paid: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_remaining: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_credited: string;
            tax_registration_number: string | null;
            customer_details: {
              name: string | null;
              email: string | null;
              billing_details: {
                company_name?: string;
                address?: {
                  line1?: string;
                  line2?: string;
                  city?: string;
                  state?: string;
                  postal_code?: string;
                  country?: string;
                };
                tax_ids?: {
                  type: string;
                  value: string;
                }[];
              };
            } | null;
            issuer_details: {
              name: string;
              tax_registration_number: string | null;
              time_zone: string;
              address?: {
                line1?: string;
                line2?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                country?: string;
              } | null;
              phone?: string | null;
              bank_transfer?: {
                /** @example みずほ銀行 */
                bank_name: string;
                /** @example 渋谷支店 */
                branch_name: string;
                /** @description ordinary: 普通預金; checking: 当座預金. */
                account_type: 'ordinary' | 'checking';
                account_number: string;
                /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
                account_holder: string;
              } | null;
            } | null;
            hosted_invoice_url: string | null;
            payment_reference: string | null;
            test_clock: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            finalize_at: string | null;
            finalized_at: string | null;
            paid_at: string | null;
            voided_at: string | null;
            marked_uncollectible_at: string | null;
            due_date: string | null;
            metadata: {
              [key: string]: string;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'invoices.pay': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          amount?: string;
          method?: 'bank_transfer' | 'card' | 'cash' | 'check' | 'stripe' | 'other';
          reference?: string;
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          paid_at?: string;
        };
      };
    };
    responses: {
      /** @description An invoice; `customer_details` and `issuer_details` are null on drafts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'invoice';
            number: string | null;
            customer: string;
            subscription: string | null;
            status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
            billing_reason: string;
            currency: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_start: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_end: string;
            lines: {
              id: string;
              /** @enum {string} */
              object: 'invoice_line';
              /** @description e.g. `licensed`, `usage`, `proration`, `one_off`. */
              type: string;
              description: string;
              billable_item: string | null;
              quantity: string | null;
              unit_amount: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            subtotal: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            credits_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            tax: string;
            tax_breakdown: {
              tax_rate: string;
              display_name: string;
              percentage: string;
              inclusive: boolean;
              country: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              taxable_amount: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            total: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            balance_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_due: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_paid: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_remaining: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_credited: string;
            tax_registration_number: string | null;
            customer_details: {
              name: string | null;
              email: string | null;
              billing_details: {
                company_name?: string;
                address?: {
                  line1?: string;
                  line2?: string;
                  city?: string;
                  state?: string;
                  postal_code?: string;
                  country?: string;
                };
                tax_ids?: {
                  type: string;
                  value: string;
                }[];
              };
            } | null;
            issuer_details: {
              name: string;
              tax_registration_number: string | null;
              time_zone: string;
              address?: {
                line1?: string;
                line2?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                country?: string;
              } | null;
              phone?: string | null;
              bank_transfer?: {
                /** @example みずほ銀行 */
                bank_name: string;
                /** @example 渋谷支店 */
                branch_name: string;
                /** @description ordinary: 普通預金; checking: 当座預金. */
                account_type: 'ordinary' | 'checking';
                account_number: string;
                /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
                account_holder: string;
              } | null;
            } | null;
            hosted_invoice_url: string | null;
            payment_reference: string | null;
            test_clock: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            finalize_at: string | null;
            finalized_at: string | null;
            paid_at: string | null;
            voided_at: string | null;
            marked_uncollectible_at: string | null;
            due_date: string | null;
            metadata: {
              [key: string]: string;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'invoices.list_payments': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'invoice_payment';
              invoice: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              currency: string;
              /** @description `bank_transfer`, `card`, `cash`, `check`, `stripe` or `other`. */
              method: string;
              reference: string | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              paid_at: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'invoices.void': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An invoice; `customer_details` and `issuer_details` are null on drafts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'invoice';
            number: string | null;
            customer: string;
            subscription: string | null;
            status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
            billing_reason: string;
            currency: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_start: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_end: string;
            lines: {
              id: string;
              /** @enum {string} */
              object: 'invoice_line';
              /** @description e.g. `licensed`, `usage`, `proration`, `one_off`. */
              type: string;
              description: string;
              billable_item: string | null;
              quantity: string | null;
              unit_amount: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            subtotal: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            credits_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            tax: string;
            tax_breakdown: {
              tax_rate: string;
              display_name: string;
              percentage: string;
              inclusive: boolean;
              country: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              taxable_amount: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            total: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            balance_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_due: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_paid: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_remaining: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_credited: string;
            tax_registration_number: string | null;
            customer_details: {
              name: string | null;
              email: string | null;
              billing_details: {
                company_name?: string;
                address?: {
                  line1?: string;
                  line2?: string;
                  city?: string;
                  state?: string;
                  postal_code?: string;
                  country?: string;
                };
                tax_ids?: {
                  type: string;
                  value: string;
                }[];
              };
            } | null;
            issuer_details: {
              name: string;
              tax_registration_number: string | null;
              time_zone: string;
              address?: {
                line1?: string;
                line2?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                country?: string;
              } | null;
              phone?: string | null;
              bank_transfer?: {
                /** @example みずほ銀行 */
                bank_name: string;
                /** @example 渋谷支店 */
                branch_name: string;
                /** @description ordinary: 普通預金; checking: 当座預金. */
                account_type: 'ordinary' | 'checking';
                account_number: string;
                /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
                account_holder: string;
              } | null;
            } | null;
            hosted_invoice_url: string | null;
            payment_reference: string | null;
            test_clock: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            finalize_at: string | null;
            finalized_at: string | null;
            paid_at: string | null;
            voided_at: string | null;
            marked_uncollectible_at: string | null;
            due_date: string | null;
            metadata: {
              [key: string]: string;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'invoices.mark_uncollectible': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An invoice; `customer_details` and `issuer_details` are null on drafts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'invoice';
            number: string | null;
            customer: string;
            subscription: string | null;
            status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
            billing_reason: string;
            currency: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_start: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_end: string;
            lines: {
              id: string;
              /** @enum {string} */
              object: 'invoice_line';
              /** @description e.g. `licensed`, `usage`, `proration`, `one_off`. */
              type: string;
              description: string;
              billable_item: string | null;
              quantity: string | null;
              unit_amount: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            subtotal: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            credits_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            tax: string;
            tax_breakdown: {
              tax_rate: string;
              display_name: string;
              percentage: string;
              inclusive: boolean;
              country: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              taxable_amount: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            total: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            balance_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_due: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_paid: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_remaining: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_credited: string;
            tax_registration_number: string | null;
            customer_details: {
              name: string | null;
              email: string | null;
              billing_details: {
                company_name?: string;
                address?: {
                  line1?: string;
                  line2?: string;
                  city?: string;
                  state?: string;
                  postal_code?: string;
                  country?: string;
                };
                tax_ids?: {
                  type: string;
                  value: string;
                }[];
              };
            } | null;
            issuer_details: {
              name: string;
              tax_registration_number: string | null;
              time_zone: string;
              address?: {
                line1?: string;
                line2?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                country?: string;
              } | null;
              phone?: string | null;
              bank_transfer?: {
                /** @example みずほ銀行 */
                bank_name: string;
                /** @example 渋谷支店 */
                branch_name: string;
                /** @description ordinary: 普通預金; checking: 当座預金. */
                account_type: 'ordinary' | 'checking';
                account_number: string;
                /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
                account_holder: string;
              } | null;
            } | null;
            hosted_invoice_url: string | null;
            payment_reference: string | null;
            test_clock: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            finalize_at: string | null;
            finalized_at: string | null;
            paid_at: string | null;
            voided_at: string | null;
            marked_uncollectible_at: string | null;
            due_date: string | null;
            metadata: {
              [key: string]: string;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'invoices.add_line': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description: string;
          /**
           * @description A decimal number written as a string, e.g. "25000" or "0.000002": at most 20 digits before the point and 12 after.
           * @example 25000
           */
          amount: string;
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          quantity?: string;
        };
      };
    };
    responses: {
      /** @description An invoice; `customer_details` and `issuer_details` are null on drafts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'invoice';
            number: string | null;
            customer: string;
            subscription: string | null;
            status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
            billing_reason: string;
            currency: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_start: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            period_end: string;
            lines: {
              id: string;
              /** @enum {string} */
              object: 'invoice_line';
              /** @description e.g. `licensed`, `usage`, `proration`, `one_off`. */
              type: string;
              description: string;
              billable_item: string | null;
              quantity: string | null;
              unit_amount: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_start: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              period_end: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            subtotal: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            credits_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            tax: string;
            tax_breakdown: {
              tax_rate: string;
              display_name: string;
              percentage: string;
              inclusive: boolean;
              country: string | null;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              taxable_amount: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            total: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            balance_applied: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_due: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_paid: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_remaining: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount_credited: string;
            tax_registration_number: string | null;
            customer_details: {
              name: string | null;
              email: string | null;
              billing_details: {
                company_name?: string;
                address?: {
                  line1?: string;
                  line2?: string;
                  city?: string;
                  state?: string;
                  postal_code?: string;
                  country?: string;
                };
                tax_ids?: {
                  type: string;
                  value: string;
                }[];
              };
            } | null;
            issuer_details: {
              name: string;
              tax_registration_number: string | null;
              time_zone: string;
              address?: {
                line1?: string;
                line2?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                country?: string;
              } | null;
              phone?: string | null;
              bank_transfer?: {
                /** @example みずほ銀行 */
                bank_name: string;
                /** @example 渋谷支店 */
                branch_name: string;
                /** @description ordinary: 普通預金; checking: 当座預金. */
                account_type: 'ordinary' | 'checking';
                account_number: string;
                /** @description The holder’s name as the bank writes it (カナ for Japanese banks). */
                account_holder: string;
              } | null;
            } | null;
            hosted_invoice_url: string | null;
            payment_reference: string | null;
            test_clock: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            finalize_at: string | null;
            finalized_at: string | null;
            paid_at: string | null;
            voided_at: string | null;
            marked_uncollectible_at: string | null;
            due_date: string | null;
            metadata: {
              [key: string]: string;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'credit_notes.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        invoice?: string;
        customer?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'credit_note';
              number: string;
              invoice: string;
              customer: string;
              currency: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              tax: string;
              reason: string;
              memo: string | null;
              lines: {
                invoice_line: string | null;
                description: string;
                /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
                amount: string;
              }[];
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              reduce_amount_due: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              credit_to_balance: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'credit_notes.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          invoice: string;
          reason: 'duplicate' | 'fraudulent' | 'order_change' | 'product_unsatisfactory' | 'other';
          memo?: string;
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          amount?: string;
          lines?: {
            invoice_line: string;
            /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
            amount?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'credit_note';
            number: string;
            invoice: string;
            customer: string;
            currency: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            tax: string;
            reason: string;
            memo: string | null;
            lines: {
              invoice_line: string | null;
              description: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            reduce_amount_due: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            credit_to_balance: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'credit_notes.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'credit_note';
            number: string;
            invoice: string;
            customer: string;
            currency: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            amount: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            tax: string;
            reason: string;
            memo: string | null;
            lines: {
              invoice_line: string | null;
              description: string;
              /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
              amount: string;
            }[];
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            reduce_amount_due: string;
            /** @description An amount as a decimal string with the currency's digits, e.g. "1100" (JPY) or "12.50" (USD). */
            credit_to_balance: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'tax_rates.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        active?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'tax_rate';
              display_name: string;
              /** @example 10 */
              percentage: string;
              inclusive: boolean;
              country: string | null;
              state: string | null;
              description: string | null;
              active: boolean;
              default: boolean;
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'tax_rates.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          display_name: string;
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          percentage: string;
          inclusive: boolean;
          /** @description ISO 3166-1 alpha-2: the rate's jurisdiction, matched against the customer's billing address. */
          country: string;
          /** @description A state or province within the country (e.g. CA), matched against the address's state. */
          state?: string;
          description?: string;
          /** @description Apply to every customer without rates of their own whose billing address is in this jurisdiction. */
          default?: boolean;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'tax_rate';
            display_name: string;
            /** @example 10 */
            percentage: string;
            inclusive: boolean;
            country: string | null;
            state: string | null;
            description: string | null;
            active: boolean;
            default: boolean;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'tax_rates.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'tax_rate';
            display_name: string;
            /** @example 10 */
            percentage: string;
            inclusive: boolean;
            country: string | null;
            state: string | null;
            description: string | null;
            active: boolean;
            default: boolean;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'tax_rates.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          display_name?: string;
          /** @description ISO 3166-1 alpha-2: the rate's jurisdiction, matched against the customer's billing address. */
          country?: string;
          state?: string | null;
          description?: string;
          active?: boolean;
          default?: boolean;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'tax_rate';
            display_name: string;
            /** @example 10 */
            percentage: string;
            inclusive: boolean;
            country: string | null;
            state: string | null;
            description: string | null;
            active: boolean;
            default: boolean;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customers.retrieve_tax_settings': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'customer_tax_settings';
            customer: string;
            tax_rates: string[];
            exempt: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customers.update_tax_settings': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          tax_rates?: string[];
          exempt?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'customer_tax_settings';
            customer: string;
            tax_rates: string[];
            exempt: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'coupons.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'coupon';
              name: string;
              percent_off: string | null;
              amount_off: string | null;
              currency: string | null;
              duration: 'once' | 'repeating' | 'forever';
              duration_in_months: number | null;
              max_redemptions: number | null;
              times_redeemed: number;
              redeem_by: string | null;
              applies_to: {
                billable_items: string[];
              } | null;
              /** @description Whether it can still be redeemed (not deleted, expired or used up). */
              valid: boolean;
              deleted: boolean;
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'coupons.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          percent_off?: string;
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          amount_off?: string;
          /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
          currency?: string;
          duration: 'once' | 'repeating' | 'forever';
          duration_in_months?: number;
          max_redemptions?: number;
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          redeem_by?: string;
          applies_to?: {
            billable_items: string[];
          };
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'coupon';
            name: string;
            percent_off: string | null;
            amount_off: string | null;
            currency: string | null;
            duration: 'once' | 'repeating' | 'forever';
            duration_in_months: number | null;
            max_redemptions: number | null;
            times_redeemed: number;
            redeem_by: string | null;
            applies_to: {
              billable_items: string[];
            } | null;
            /** @description Whether it can still be redeemed (not deleted, expired or used up). */
            valid: boolean;
            deleted: boolean;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'coupons.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'coupon';
            name: string;
            percent_off: string | null;
            amount_off: string | null;
            currency: string | null;
            duration: 'once' | 'repeating' | 'forever';
            duration_in_months: number | null;
            max_redemptions: number | null;
            times_redeemed: number;
            redeem_by: string | null;
            applies_to: {
              billable_items: string[];
            } | null;
            /** @description Whether it can still be redeemed (not deleted, expired or used up). */
            valid: boolean;
            deleted: boolean;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'coupons.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'coupon';
            name: string;
            percent_off: string | null;
            amount_off: string | null;
            currency: string | null;
            duration: 'once' | 'repeating' | 'forever';
            duration_in_months: number | null;
            max_redemptions: number | null;
            times_redeemed: number;
            redeem_by: string | null;
            applies_to: {
              billable_items: string[];
            } | null;
            /** @description Whether it can still be redeemed (not deleted, expired or used up). */
            valid: boolean;
            deleted: boolean;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'coupons.delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'coupon';
            name: string;
            percent_off: string | null;
            amount_off: string | null;
            currency: string | null;
            duration: 'once' | 'repeating' | 'forever';
            duration_in_months: number | null;
            max_redemptions: number | null;
            times_redeemed: number;
            redeem_by: string | null;
            applies_to: {
              billable_items: string[];
            } | null;
            /** @description Whether it can still be redeemed (not deleted, expired or used up). */
            valid: boolean;
            deleted: boolean;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'promotion_codes.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'promotion_code';
              code: string;
              coupon: string;
              active: boolean;
              max_redemptions: number | null;
              times_redeemed: number;
              expires_at: string | null;
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'promotion_codes.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          coupon: string;
          max_redemptions?: number;
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          expires_at?: string;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'promotion_code';
            code: string;
            coupon: string;
            active: boolean;
            max_redemptions: number | null;
            times_redeemed: number;
            expires_at: string | null;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'promotion_codes.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'promotion_code';
            code: string;
            coupon: string;
            active: boolean;
            max_redemptions: number | null;
            times_redeemed: number;
            expires_at: string | null;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'promotion_codes.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          /** @description Up to 50 string key-value pairs of your own. */
          metadata?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'promotion_code';
            code: string;
            coupon: string;
            active: boolean;
            max_redemptions: number | null;
            times_redeemed: number;
            expires_at: string | null;
            /** @description Up to 50 string key-value pairs of your own. */
            metadata: {
              [key: string]: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customers.list_discounts': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'discount';
              /** Coupon */
              coupon: {
                id: string;
                /** @enum {string} */
                object: 'coupon';
                name: string;
                percent_off: string | null;
                amount_off: string | null;
                currency: string | null;
                duration: 'once' | 'repeating' | 'forever';
                duration_in_months: number | null;
                max_redemptions: number | null;
                times_redeemed: number;
                redeem_by: string | null;
                applies_to: {
                  billable_items: string[];
                } | null;
                /** @description Whether it can still be redeemed (not deleted, expired or used up). */
                valid: boolean;
                deleted: boolean;
                /** @description Up to 50 string key-value pairs of your own. */
                metadata: {
                  [key: string]: string;
                };
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                created_at: string;
              };
              promotion_code: string | null;
              customer: string;
              subscription: string | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              start: string;
              end: string | null;
              removed_at: string | null;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customers.create_discount': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          coupon?: string;
          /** @description Its id or the code itself. */
          promotion_code?: string;
          subscription?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'discount';
            /** Coupon */
            coupon: {
              id: string;
              /** @enum {string} */
              object: 'coupon';
              name: string;
              percent_off: string | null;
              amount_off: string | null;
              currency: string | null;
              duration: 'once' | 'repeating' | 'forever';
              duration_in_months: number | null;
              max_redemptions: number | null;
              times_redeemed: number;
              redeem_by: string | null;
              applies_to: {
                billable_items: string[];
              } | null;
              /** @description Whether it can still be redeemed (not deleted, expired or used up). */
              valid: boolean;
              deleted: boolean;
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            };
            promotion_code: string | null;
            customer: string;
            subscription: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            start: string;
            end: string | null;
            removed_at: string | null;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customers.delete_discount': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        discount: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'discount';
            /** Coupon */
            coupon: {
              id: string;
              /** @enum {string} */
              object: 'coupon';
              name: string;
              percent_off: string | null;
              amount_off: string | null;
              currency: string | null;
              duration: 'once' | 'repeating' | 'forever';
              duration_in_months: number | null;
              max_redemptions: number | null;
              times_redeemed: number;
              redeem_by: string | null;
              applies_to: {
                billable_items: string[];
              } | null;
              /** @description Whether it can still be redeemed (not deleted, expired or used up). */
              valid: boolean;
              deleted: boolean;
              /** @description Up to 50 string key-value pairs of your own. */
              metadata: {
                [key: string]: string;
              };
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            };
            promotion_code: string | null;
            customer: string;
            subscription: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            start: string;
            end: string | null;
            removed_at: string | null;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customer_balance_transactions.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'customer_balance_transaction';
              customer: string;
              currency: string;
              type: 'invoice_credit' | 'applied_to_invoice' | 'credit_note' | 'adjustment';
              /**
               * @description Negative: credit the customer holds.
               * @example -5000
               */
              amount: string;
              ending_balance: string;
              invoice: string | null;
              credit_note: string | null;
              description: string | null;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customer_balance_transactions.create': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description A decimal number written as a string, e.g. "25000" or "0.000002": at most 20 digits before the point and 12 after.
           * @example 25000
           */
          amount: string;
          /** @description ISO 4217 currency code, e.g. "JPY" or "USD". */
          currency: string;
          description?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'customer_balance_transaction';
            customer: string;
            currency: string;
            type: 'invoice_credit' | 'applied_to_invoice' | 'credit_note' | 'adjustment';
            /**
             * @description Negative: credit the customer holds.
             * @example -5000
             */
            amount: string;
            ending_balance: string;
            invoice: string | null;
            credit_note: string | null;
            description: string | null;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'features.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'feature';
              key: string;
              name: string;
              type: 'boolean' | 'static' | 'metered';
              meter: string | null;
              meter_filter: {
                [key: string]: string;
              } | null;
              status: 'active' | 'archived';
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'features.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @example api_calls */
          key: string;
          name: string;
          type: 'boolean' | 'static' | 'metered';
          meter?: string;
          meter_filter?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'feature';
            key: string;
            name: string;
            type: 'boolean' | 'static' | 'metered';
            meter: string | null;
            meter_filter: {
              [key: string]: string;
            } | null;
            status: 'active' | 'archived';
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'features.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'feature';
            key: string;
            name: string;
            type: 'boolean' | 'static' | 'metered';
            meter: string | null;
            meter_filter: {
              [key: string]: string;
            } | null;
            status: 'active' | 'archived';
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'features.archive': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'feature';
            key: string;
            name: string;
            type: 'boolean' | 'static' | 'metered';
            meter: string | null;
            meter_filter: {
              [key: string]: string;
            } | null;
            status: 'active' | 'archived';
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'plan_entitlements.list': {
    parameters: {
      query?: {
        version?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'plan_entitlement';
              pricing_plan: string;
              version: number | null;
              /** Feature */
              feature: {
                id: string;
                /** @enum {string} */
                object: 'feature';
                key: string;
                name: string;
                type: 'boolean' | 'static' | 'metered';
                meter: string | null;
                meter_filter: {
                  [key: string]: string;
                } | null;
                status: 'active' | 'archived';
                /**
                 * Format: date-time
                 * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
                 */
                created_at: string;
              };
              enabled: boolean;
              value: unknown;
              limit: string | null;
              soft_limit: string | null;
              /** @description What happens past the limit: `block` (a hard limit: checks answer not allowed), `allow` (usage goes on and is billed at the rate card), `notify` (allowed; only the webhook). */
              overage: 'block' | 'allow' | 'notify';
              interval: ('day' | 'week' | 'month' | 'year') | null;
              interval_count: number;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'plan_entitlements.create': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Feature id or key. */
          feature: string;
          /** @description One plan version; omitted: every version without its own entry. */
          version?: number;
          /** @default true */
          enabled?: boolean;
          /** @description Static features: the JSON value your application reads. */
          value?: unknown;
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          limit?: string;
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          soft_limit?: string;
          /** @description What happens past the limit: `block` (a hard limit: checks answer not allowed), `allow` (usage goes on and is billed at the rate card), `notify` (allowed; only the webhook). */
          overage?: 'block' | 'allow' | 'notify';
          interval?: 'day' | 'week' | 'month' | 'year';
          interval_count?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'plan_entitlement';
            pricing_plan: string;
            version: number | null;
            /** Feature */
            feature: {
              id: string;
              /** @enum {string} */
              object: 'feature';
              key: string;
              name: string;
              type: 'boolean' | 'static' | 'metered';
              meter: string | null;
              meter_filter: {
                [key: string]: string;
              } | null;
              status: 'active' | 'archived';
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            };
            enabled: boolean;
            value: unknown;
            limit: string | null;
            soft_limit: string | null;
            /** @description What happens past the limit: `block` (a hard limit: checks answer not allowed), `allow` (usage goes on and is billed at the rate card), `notify` (allowed; only the webhook). */
            overage: 'block' | 'allow' | 'notify';
            interval: ('day' | 'week' | 'month' | 'year') | null;
            interval_count: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'plan_entitlements.delete': {
    parameters: {
      query?: {
        version?: number;
      };
      header?: never;
      path: {
        id: string;
        feature: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'plan_entitlement';
            /** @enum {boolean} */
            deleted: true;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'customer_entitlements.list': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            customer: string;
            data: {
              /** @enum {string} */
              object: 'entitlement';
              /** @description The feature key. */
              feature: string;
              type: 'boolean' | 'static' | 'metered';
              allowed: boolean;
              reason: 'ok' | 'disabled' | 'limit_reached' | 'overage' | 'no_entitlement';
              /** @description Static features: the configured value; otherwise null. */
              value: unknown;
              usage: string | null;
              limit: string | null;
              soft_limit: string | null;
              balance: string | null;
              overage: ('block' | 'allow' | 'notify') | null;
              period_start: string | null;
              resets_at: string | null;
              subscription: string | null;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'entitlement_grants.create': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          feature: string;
          /** @description A non-negative decimal written as a string: at most 20 digits before the point and 12 after. */
          amount: string;
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          effective_at?: string;
          /**
           * Format: date-time
           * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
           */
          expires_at?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'entitlement_grant';
            customer: string;
            feature: string;
            amount: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            effective_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            expires_at: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'entitlements.check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Customer id or external_id. */
          customer: string;
          /** @description Feature id or key. */
          feature: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'entitlement_check';
            customer: string;
            /** @description The feature key. */
            feature: string;
            type: 'boolean' | 'static' | 'metered';
            allowed: boolean;
            reason: 'ok' | 'disabled' | 'limit_reached' | 'overage' | 'no_entitlement';
            /** @description Static features: the configured value; otherwise null. */
            value: unknown;
            usage: string | null;
            limit: string | null;
            soft_limit: string | null;
            balance: string | null;
            overage: ('block' | 'allow' | 'notify') | null;
            period_start: string | null;
            resets_at: string | null;
            subscription: string | null;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'api_keys.list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              id: string;
              /** @enum {string} */
              object: 'api_key';
              name: string;
              /** @description `secret` keys hold every permission; `restricted` keys hold what they were given. */
              type: 'secret' | 'restricted';
              mode: 'live' | 'test';
              permissions: {
                events: 'none' | 'read' | 'write';
                catalog: 'none' | 'read' | 'write';
                customers: 'none' | 'read' | 'write';
                subscriptions: 'none' | 'read' | 'write';
                invoices: 'none' | 'read' | 'write';
                credits: 'none' | 'read' | 'write';
                revenue: 'none' | 'read' | 'write';
                payment_settings: 'none' | 'read' | 'write';
                webhooks: 'none' | 'read' | 'write';
                keys: 'none' | 'read' | 'write';
                account: 'none' | 'read' | 'write';
                audit: 'none' | 'read' | 'write';
                metrics: 'none' | 'read' | 'write';
              };
              /** @description The first 7 characters of the secret (`sk_live`), never more. */
              prefix: string;
              last4: string | null;
              /**
               * @description How the key is shown: `sk_live…wxyz`.
               * @example sk_live…wxyz
               */
              redacted: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              revoked_at: string | null;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'api_keys.create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          mode?: 'live' | 'test';
          permissions?: {
            events?: 'none' | 'read' | 'write';
            catalog?: 'none' | 'read' | 'write';
            customers?: 'none' | 'read' | 'write';
            subscriptions?: 'none' | 'read' | 'write';
            invoices?: 'none' | 'read' | 'write';
            credits?: 'none' | 'read' | 'write';
            revenue?: 'none' | 'read' | 'write';
            payment_settings?: 'none' | 'read' | 'write';
            webhooks?: 'none' | 'read' | 'write';
            keys?: 'none' | 'read' | 'write';
            account?: 'none' | 'read' | 'write';
            audit?: 'none' | 'read' | 'write';
            metrics?: 'none' | 'read' | 'write';
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'api_key';
            name: string;
            /** @description `secret` keys hold every permission; `restricted` keys hold what they were given. */
            type: 'secret' | 'restricted';
            mode: 'live' | 'test';
            permissions: {
              events: 'none' | 'read' | 'write';
              catalog: 'none' | 'read' | 'write';
              customers: 'none' | 'read' | 'write';
              subscriptions: 'none' | 'read' | 'write';
              invoices: 'none' | 'read' | 'write';
              credits: 'none' | 'read' | 'write';
              revenue: 'none' | 'read' | 'write';
              payment_settings: 'none' | 'read' | 'write';
              webhooks: 'none' | 'read' | 'write';
              keys: 'none' | 'read' | 'write';
              account: 'none' | 'read' | 'write';
              audit: 'none' | 'read' | 'write';
              metrics: 'none' | 'read' | 'write';
            };
            /** @description The first 7 characters of the secret (`sk_live`), never more. */
            prefix: string;
            last4: string | null;
            /**
             * @description How the key is shown: `sk_live…wxyz`.
             * @example sk_live…wxyz
             */
            redacted: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            revoked_at: string | null;
            /** @description Shown once; stored hashed. */
            secret: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'api_keys.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'api_key';
            name: string;
            /** @description `secret` keys hold every permission; `restricted` keys hold what they were given. */
            type: 'secret' | 'restricted';
            mode: 'live' | 'test';
            permissions: {
              events: 'none' | 'read' | 'write';
              catalog: 'none' | 'read' | 'write';
              customers: 'none' | 'read' | 'write';
              subscriptions: 'none' | 'read' | 'write';
              invoices: 'none' | 'read' | 'write';
              credits: 'none' | 'read' | 'write';
              revenue: 'none' | 'read' | 'write';
              payment_settings: 'none' | 'read' | 'write';
              webhooks: 'none' | 'read' | 'write';
              keys: 'none' | 'read' | 'write';
              account: 'none' | 'read' | 'write';
              audit: 'none' | 'read' | 'write';
              metrics: 'none' | 'read' | 'write';
            };
            /** @description The first 7 characters of the secret (`sk_live`), never more. */
            prefix: string;
            last4: string | null;
            /**
             * @description How the key is shown: `sk_live…wxyz`.
             * @example sk_live…wxyz
             */
            redacted: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            revoked_at: string | null;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'api_keys.revoke': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            object: 'api_key';
            name: string;
            /** @description `secret` keys hold every permission; `restricted` keys hold what they were given. */
            type: 'secret' | 'restricted';
            mode: 'live' | 'test';
            permissions: {
              events: 'none' | 'read' | 'write';
              catalog: 'none' | 'read' | 'write';
              customers: 'none' | 'read' | 'write';
              subscriptions: 'none' | 'read' | 'write';
              invoices: 'none' | 'read' | 'write';
              credits: 'none' | 'read' | 'write';
              revenue: 'none' | 'read' | 'write';
              payment_settings: 'none' | 'read' | 'write';
              webhooks: 'none' | 'read' | 'write';
              keys: 'none' | 'read' | 'write';
              account: 'none' | 'read' | 'write';
              audit: 'none' | 'read' | 'write';
              metrics: 'none' | 'read' | 'write';
            };
            /** @description The first 7 characters of the secret (`sk_live`), never more. */
            prefix: string;
            last4: string | null;
            /**
             * @description How the key is shown: `sk_live…wxyz`.
             * @example sk_live…wxyz
             */
            redacted: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            revoked_at: string | null;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key was used with another body or is still in use. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body is not application/json. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'audit_events.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        actor_id?: string;
        actor_type?: 'api_key' | 'cli' | 'worker' | 'system' | 'anonymous';
        /** @description An object name (`customer`) or a table name. */
        resource_type?: string;
        resource_id?: string;
        request_id?: string;
        action?: 'created' | 'updated' | 'deleted';
        /** @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds. */
        'created[gte]'?: string;
        /** @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds. */
        'created[lt]'?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /** @enum {string} */
              object: 'audit_event';
              id: string;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
              actor: {
                /** @description `api_key`, `cli`, `worker`, `system` or `anonymous`. */
                type: string;
                id: string | null;
                name: string | null;
              };
              mode: string | null;
              request_id: string | null;
              route: string | null;
              path: string | null;
              resource: {
                /** @description The object name (`customer`), or the table name. */
                type: string;
                id: string | null;
              };
              action: 'created' | 'updated' | 'deleted';
              /** @description Created and deleted: the whole row; updated: only the changed columns, as `{ "column": { "from": …, "to": … } }`. */
              changes: {
                [key: string]: unknown;
              };
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'audit_events.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'audit_event';
            id: string;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
            actor: {
              /** @description `api_key`, `cli`, `worker`, `system` or `anonymous`. */
              type: string;
              id: string | null;
              name: string | null;
            };
            mode: string | null;
            request_id: string | null;
            route: string | null;
            path: string | null;
            resource: {
              /** @description The object name (`customer`), or the table name. */
              type: string;
              id: string | null;
            };
            action: 'created' | 'updated' | 'deleted';
            /** @description Created and deleted: the whole row; updated: only the changed columns, as `{ "column": { "from": …, "to": … } }`. */
            changes: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'meter_event_refusals.list': {
    parameters: {
      query?: {
        limit?: number;
        starting_after?: string;
        customer?: string;
        meter?: string;
        /** @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds. */
        'created[gte]'?: string;
        /** @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds. */
        'created[lt]'?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'list';
            data: {
              /** @enum {string} */
              object: 'meter_event_refusal';
              /** @description The refused event's id (`evt_…`, as `POST /v1/meter_events` answered it): one refusal per event. */
              id: string;
              meter: string;
              customer: string;
              identifier: string;
              /**
               * @description A decimal number written as a string, e.g. "25000" or "0.000002": at most 20 digits before the point and 12 after.
               * @example 25000
               */
              value: string;
              /** @description `duplicate`: an event with the same identifier was stored before (the API could not know); `meter_inactive`: the meter was deactivated between acceptance and apply. */
              reason: 'duplicate' | 'meter_inactive';
              message: string;
              /** @description The log partition the event was published to. */
              partition: number;
              /** @description The message's stream sequence in JetStream. */
              sequence: number;
              /**
               * Format: date-time
               * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
               */
              created_at: string;
            }[];
            has_more: boolean;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'meter_event_refusals.retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            object: 'meter_event_refusal';
            /** @description The refused event's id (`evt_…`, as `POST /v1/meter_events` answered it): one refusal per event. */
            id: string;
            meter: string;
            customer: string;
            identifier: string;
            /**
             * @description A decimal number written as a string, e.g. "25000" or "0.000002": at most 20 digits before the point and 12 after.
             * @example 25000
             */
            value: string;
            /** @description `duplicate`: an event with the same identifier was stored before (the API could not know); `meter_inactive`: the meter was deactivated between acceptance and apply. */
            reason: 'duplicate' | 'meter_inactive';
            message: string;
            /** @description The log partition the event was published to. */
            partition: number;
            /** @description The message's stream sequence in JetStream. */
            sequence: number;
            /**
             * Format: date-time
             * @description RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.
             */
            created_at: string;
          };
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'invoices.pdf': {
    parameters: {
      query?: {
        /** @description Language of the document; default Japanese for customers in Japan or billed in JPY. */
        lang?: 'ja' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invoice, shown inline. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  'invoices.receipt': {
    parameters: {
      query?: {
        /** @description Language of the document; default Japanese for customers in Japan or billed in JPY. */
        lang?: 'ja' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The receipt, shown inline. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description The request is invalid: a parameter is missing, unknown or malformed, or breaks a rule. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No API key, or an invalid one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The API key lacks the permission this route needs. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (the path, or an object the request refers to). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The invoice is not paid (`invoice_not_paid`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; retry after a pause. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description An internal error; it has been logged. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unavailable for now; retry later. With the ingest log, usage not yet up to date (within TARIFF_INGEST_READ_WAIT_MS); also a server that is shutting down, whose body is its own (`{"error": "Service Unavailable", …}`). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
}
