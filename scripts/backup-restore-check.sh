#!/usr/bin/env bash
# Backup and restore, checked end to end (docs/deploy.md#backups):
#   1. a fresh PostgreSQL database; Tariff started on it; a customer and a finalized invoice made
#      through the HTTP API;
#   2. pg_dump of that database, restored with pg_restore into another, new database;
#   3. Tariff started on the restored database: the customer and the invoice are there, unchanged,
#      and the invoice PDF still renders.
# Exit 0 when all holds; otherwise the failing step and its evidence, exit 1.
#
#   scripts/backup-restore-check.sh [postgres://user@host:port]   (default: PGURL or postgres://postgres@127.0.0.1:5432)
#
# Needs psql, pg_dump, pg_restore and curl on PATH, and a role that may create databases.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SERVER="${1:-${PGURL:-postgres://postgres@127.0.0.1:5432}}"
SERVER="${SERVER%/}"
SUFFIX="$$_$(date +%s)"
SOURCE_DB="tariff_backup_source_${SUFFIX}"
RESTORED_DB="tariff_backup_restored_${SUFFIX}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tariff-backup-check.XXXXXX")"
PID=""

step() { printf '== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; [ -f "$WORK/server.log" ] && tail -n 20 "$WORK/server.log" >&2; exit 1; }

cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  psql "$SERVER/postgres" -qAt -c "drop database if exists $SOURCE_DB" >/dev/null 2>&1 || true
  psql "$SERVER/postgres" -qAt -c "drop database if exists $RESTORED_DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

for tool in psql pg_dump pg_restore curl node; do
  command -v "$tool" >/dev/null || fail "$tool is not on PATH"
done

# The secret key is NOT in the database dump: it seals stored secrets (Stripe keys, webhook
# secrets) and is backed up on its own. The restored installation gets the same key.
export TARIFF_SECRET_KEY="$(node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64'))")"
export TARIFF_API_KEY="sk_backup_check_$(node -e "process.stdout.write(require('node:crypto').randomBytes(16).toString('hex'))")"
export LOG_LEVEL=warn
unset TARIFF_DATA_DIR
PORT="$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})")"
BASE="http://127.0.0.1:$PORT"

start_tariff() { # database name
  DATABASE_URL="$SERVER/$1" node "$ROOT/bin/tariff.js" serve --port "$PORT" --no-worker --data-dir "$WORK/keyless" \
    >"$WORK/server.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do
    if curl -fsS "$BASE/health" >/dev/null 2>&1; then return 0; fi
    kill -0 "$PID" 2>/dev/null || fail "tariff serve on $1 exited"
    sleep 0.5
  done
  fail "tariff serve on $1 did not answer /health within 120 s"
}
stop_tariff() {
  kill -TERM "$PID"
  wait "$PID" || true
  PID=""
}
api() { # method path [json body]
  local args=(-fsS -X "$1" "$BASE$2" -H "Authorization: Bearer $TARIFF_API_KEY")
  if [ $# -ge 3 ]; then args+=(-H 'Content-Type: application/json' -d "$3"); fi
  curl "${args[@]}"
}
field() { # json field
  node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(String(JSON.parse(s)[process.argv[1]])))" "$1"
}

step "create $SOURCE_DB and start Tariff on it"
psql "$SERVER/postgres" -qAt -v ON_ERROR_STOP=1 -c "create database $SOURCE_DB" >/dev/null
start_tariff "$SOURCE_DB"

step "create data through the API"
api POST /v1/customers '{"external_id":"backup-check","name":"Backup Check KK","currency":"JPY","billing_details":{"company_name":"Backup Check KK","address":{"country":"JP"}}}' >/dev/null
INVOICE_ID="$(api POST /v1/invoices '{"customer":"backup-check","currency":"JPY","lines":[{"description":"Restored consulting","amount":"12345"}]}' | field id)"
api POST "/v1/invoices/$INVOICE_ID/finalize" >"$WORK/invoice-before.json"
NUMBER="$(field number <"$WORK/invoice-before.json")"
TOTAL="$(field total <"$WORK/invoice-before.json")"
[ "$(field status <"$WORK/invoice-before.json")" = open ] || fail "the invoice did not finalize: $(cat "$WORK/invoice-before.json")"
SCHEMA="$(curl -fsS "$BASE/health" | field schema_version)"
stop_tariff

step "pg_dump $SOURCE_DB"
pg_dump --format=custom --no-owner --file="$WORK/tariff.dump" "$SERVER/$SOURCE_DB"

step "restore into $RESTORED_DB"
psql "$SERVER/postgres" -qAt -v ON_ERROR_STOP=1 -c "create database $RESTORED_DB" >/dev/null
pg_restore --no-owner --exit-on-error --dbname="$SERVER/$RESTORED_DB" "$WORK/tariff.dump"

step "start Tariff on the restored database and check the data"
start_tariff "$RESTORED_DB"
[ "$(curl -fsS "$BASE/health" | field schema_version)" = "$SCHEMA" ] || fail "schema version differs after restore"
[ "$(api GET /v1/customers/backup-check | field name)" = "Backup Check KK" ] || fail "the customer is missing after restore"
api GET "/v1/invoices/$INVOICE_ID" >"$WORK/invoice-after.json"
[ "$(field number <"$WORK/invoice-after.json")" = "$NUMBER" ] || fail "invoice number differs after restore"
[ "$(field total <"$WORK/invoice-after.json")" = "$TOTAL" ] || fail "invoice total differs after restore"
[ "$(field status <"$WORK/invoice-after.json")" = open ] || fail "invoice status differs after restore"

step "the invoice PDF renders"
api GET "/v1/invoices/$INVOICE_ID/pdf" >"$WORK/invoice.pdf"
[ "$(head -c 5 "$WORK/invoice.pdf")" = "%PDF-" ] || fail "GET /v1/invoices/$INVOICE_ID/pdf is not a PDF"
if command -v pdftotext >/dev/null; then
  pdftotext "$WORK/invoice.pdf" - | grep -q "$NUMBER" || fail "the PDF does not show invoice $NUMBER"
fi
stop_tariff

echo "backup and restore OK: customer backup-check and invoice $NUMBER ($TOTAL JPY) survived pg_dump/pg_restore; the PDF renders"
