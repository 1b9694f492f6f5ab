import { describeEventSinkConformance } from './sink-conformance.js';

// Every EventSink implementation in this slice passes the same suite (a log-backed sink runs it
// from its own folder).
describeEventSinkConformance('direct', (h) => h.tariff.services.metering.sinks.direct);
describeEventSinkConformance('group-commit', (h) => h.tariff.services.metering.sinks.groupCommit);
