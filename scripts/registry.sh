#!/usr/bin/env bash
# Manage the local test registries (CNCF distribution, Debian's
# docker-registry) used by berth's tests, and registry C's token server.
#
#   registry.sh start DIR   start them all, write DIR/registry.env
#   registry.sh stop DIR    stop them all (only the processes started here)
#   registry.sh env DIR     print DIR/registry.env
#
# Registry A: plain HTTP on 127.0.0.1:<free port>, storage DIR/registry-a.
# Registry B: HTTPS (self-signed CA DIR/tls/ca.crt) + htpasswd auth,
#             storage DIR/registry-b.
# Registry C: plain HTTP + Docker token auth (401 with a Bearer challenge),
#             storage DIR/registry-c. Its token server tests/fixtures/tokenserver.py
#             (DIR/tokenserver.*) issues RS256 JWTs for the same user/password as
#             registry B, signed with DIR/token/key.pem; DIR/token/cert.pem is the
#             registry's rootcertbundle. Anonymous token requests get 401.
# All listen on 127.0.0.1 only; no proxy, notifications or reporting.
set -euo pipefail

REGISTRY_BIN=/usr/bin/docker-registry
AUTH_USER=berthuser
AUTH_PASSWORD=berth-Secret-42
TOKEN_SERVICE=berth-token-test
TOKEN_ISSUER=berth-test-issuer
TOKEN_SERVER=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/fixtures/tokenserver.py

die() { echo "registry.sh: ERROR: $*" >&2; exit 1; }
log() { echo "registry.sh: $*"; }

usage() { echo "usage: $0 start|stop|env DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
cmd=$1
DIR=$2
[[ $DIR == /* ]] || DIR="$(pwd)/$DIR"

# curl to loopback only, never through a proxy from the environment.
lcurl() { curl --noproxy '*' -s -o /dev/null -w '%{http_code}' --max-time 2 "$@" || true; }

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# True if PID is what we started as NAME: the docker-registry serving DIR/NAME.yml,
# or (NAME tokenserver) the token server for DIR/token.
is_ours() {
    local pid=$1 name=$2 cmdline
    [[ -r /proc/$pid/cmdline ]] || return 1
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    if [[ $name == tokenserver ]]; then
        [[ $cmdline == *tokenserver.py" --dir $DIR/token "* ]]
    else
        [[ $cmdline == *docker-registry*" serve $DIR/$name.yml"* ]]
    fi
}

stop_one() {
    local name=$1 pidfile="$DIR/$1.pid" pid
    [[ -f $pidfile ]] || return 0
    pid=$(cat "$pidfile")
    if [[ $pid =~ ^[0-9]+$ ]] && is_ours "$pid" "$name"; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 50); do
            is_ours "$pid" "$name" || break
            sleep 0.1
        done
        if is_ours "$pid" "$name"; then
            kill -KILL "$pid" 2>/dev/null || true
        fi
        log "stopped $name (pid $pid)"
    fi
    rm -f "$pidfile"
}

# Self-signed CA + server cert for 127.0.0.1/localhost, (re)made when missing
# or about to expire.
make_tls() {
    local t="$DIR/tls"
    mkdir -p "$t"
    chmod 0755 "$t"
    if [[ -s $t/ca.crt && -s $t/server.crt && -s $t/server.key ]] &&
       openssl x509 -checkend 86400 -noout -in "$t/ca.crt" >/dev/null 2>&1 &&
       openssl x509 -checkend 86400 -noout -in "$t/server.crt" >/dev/null 2>&1; then
        return 0
    fi
    log "generating TLS CA and server certificate in $t"
    openssl ecparam -name prime256v1 -genkey -noout -out "$t/ca.key" 2>/dev/null
    openssl req -x509 -new -sha256 -days 3650 -key "$t/ca.key" -out "$t/ca.crt" \
        -subj "/CN=berth test CA" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -addext "subjectKeyIdentifier=hash"
    openssl ecparam -name prime256v1 -genkey -noout -out "$t/server.key" 2>/dev/null
    openssl req -new -sha256 -key "$t/server.key" -out "$t/server.csr" -subj "/CN=localhost"
    cat >"$t/server.ext" <<'EOF'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
EOF
    openssl x509 -req -sha256 -days 3650 -in "$t/server.csr" -CA "$t/ca.crt" -CAkey "$t/ca.key" \
        -CAcreateserial -extfile "$t/server.ext" -out "$t/server.crt" 2>/dev/null
    rm -f "$t/server.csr" "$t/server.ext" "$t/ca.srl"
    chmod 0600 "$t/ca.key" "$t/server.key"
    chmod 0644 "$t/ca.crt" "$t/server.crt"
}

# RSA key + self-signed certificate that sign registry C's tokens, and the token
# server's user list; (re)made when missing or about to expire.
make_token_keys() {
    local t="$DIR/token"
    mkdir -p "$t"
    chmod 0700 "$t"
    if ! [[ -s $t/key.pem && -s $t/cert.pem ]] ||
       ! openssl x509 -checkend 86400 -noout -in "$t/cert.pem" >/dev/null 2>&1; then
        log "generating token signing key and certificate in $t"
        openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$t/key.pem" 2>/dev/null
        openssl req -x509 -new -sha256 -days 3650 -key "$t/key.pem" -out "$t/cert.pem" \
            -subj "/CN=$TOKEN_ISSUER" \
            -addext "basicConstraints=critical,CA:TRUE" \
            -addext "keyUsage=critical,digitalSignature,keyCertSign" \
            -addext "subjectKeyIdentifier=hash"
    fi
    (umask 077; printf '%s:%s\n' "$AUTH_USER" "$AUTH_PASSWORD" >"$t/users")
    chmod 0600 "$t/key.pem" "$t/users"
    chmod 0644 "$t/cert.pem"
}

# Write DIR/NAME.yml for a registry on PORT with storage DIR/NAME.
# With $3 == tls, enable TLS and htpasswd auth; with $3 == token, token auth
# against the token server on port $4.
write_config() {
    local name=$1 port=$2 mode=${3:-plain} tport=${4:-} secret
    secret=$(openssl rand -hex 16)
    {
        cat <<EOF
version: 0.1
log:
  level: info
  formatter: text
storage:
  filesystem:
    rootdirectory: $DIR/$name
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$port
  net: tcp
  secret: $secret
  headers:
    X-Content-Type-Options: [nosniff]
EOF
        if [[ $mode == tls ]]; then
            cat <<EOF
  tls:
    certificate: $DIR/tls/server.crt
    key: $DIR/tls/server.key
auth:
  htpasswd:
    realm: berth-test
    path: $DIR/auth/htpasswd
EOF
        elif [[ $mode == token ]]; then
            cat <<EOF
auth:
  token:
    realm: http://127.0.0.1:$tport/token
    service: $TOKEN_SERVICE
    issuer: $TOKEN_ISSUER
    rootcertbundle: $DIR/token/cert.pem
EOF
        fi
    } >"$DIR/$name.yml"
}

# Start registry NAME in the background; prints nothing, writes DIR/NAME.pid.
launch() {
    local name=$1
    mkdir -p "$DIR/$name"
    (
        # Config must come from the file only, not REGISTRY_* variables.
        while read -r v; do unset "$v"; done < <(compgen -e | grep '^REGISTRY_' || true)
        unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
        exec nohup "$REGISTRY_BIN" serve "$DIR/$name.yml" </dev/null >>"$DIR/$name.log" 2>&1
    ) &
    echo $! >"$DIR/$name.pid"
}

# Start the token server on PORT in the background; writes DIR/tokenserver.pid.
launch_tokenserver() {
    local port=$1
    (
        unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
        exec nohup python3 "$TOKEN_SERVER" --dir "$DIR/token" --port "$port" \
            --service "$TOKEN_SERVICE" --issuer "$TOKEN_ISSUER" --expiry 300 \
            </dev/null >>"$DIR/tokenserver.log" 2>&1
    ) &
    echo $! >"$DIR/tokenserver.pid"
}

# A token from the token server on port $1 for scope $2 (may be empty); "" on failure.
get_token() {
    local tport=$1 scope=$2 url
    url="http://127.0.0.1:$tport/token?service=$TOKEN_SERVICE"
    [[ -n $scope ]] && url="$url&scope=$scope"
    curl --noproxy '*' -sf --max-time 5 -u "$AUTH_USER:$AUTH_PASSWORD" "$url" 2>/dev/null |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])' 2>/dev/null || true
}

# Poll until URL answers with the expected code (10 s); $1 pid, $2 code, rest: curl args.
wait_code() {
    local pid=$1 want=$2 got=""
    shift 2
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || return 1
        got=$(lcurl "$@")
        [[ $got == "$want" ]] && return 0
        sleep 0.1
    done
    echo "registry.sh: timed out waiting for $want from $*, last answer '$got'" >&2
    return 1
}

# Every listening socket of PID must be on 127.0.0.1.
check_loopback_only() {
    local pid=$1 addrs
    addrs=$(ss -Hltnp 2>/dev/null | awk -v p="pid=$pid," 'index($0, p) { print $4 }')
    [[ -n $addrs ]] || die "registry pid $pid has no listening socket"
    if grep -qv '^127\.0\.0\.1:' <<<"$addrs"; then
        die "registry pid $pid listens beyond loopback: $addrs"
    fi
}

start_a() {
    local try port pid
    for try in 1 2 3; do
        port=$(free_port)
        write_config registry-a "$port"
        launch registry-a
        pid=$(cat "$DIR/registry-a.pid")
        if wait_code "$pid" 200 "http://127.0.0.1:$port/v2/"; then
            check_loopback_only "$pid"
            PORT_A=$port
            return 0
        fi
        log "registry-a did not come up on port $port (try $try), see $DIR/registry-a.log"
        stop_one registry-a
    done
    die "registry-a failed to start"
}

start_b() {
    local try port pid url
    for try in 1 2 3; do
        port=$(free_port)
        write_config registry-b "$port" tls
        launch registry-b
        pid=$(cat "$DIR/registry-b.pid")
        url="https://127.0.0.1:$port/v2/"
        if wait_code "$pid" 401 --cacert "$DIR/tls/ca.crt" "$url" &&
           wait_code "$pid" 200 --cacert "$DIR/tls/ca.crt" -u "$AUTH_USER:$AUTH_PASSWORD" "$url" &&
           wait_code "$pid" 200 --cacert "$DIR/tls/ca.crt" -u "$AUTH_USER:$AUTH_PASSWORD" \
               "https://localhost:$port/v2/"; then
            check_loopback_only "$pid"
            PORT_B=$port
            return 0
        fi
        log "registry-b did not come up on port $port (try $try), see $DIR/registry-b.log"
        stop_one registry-b
    done
    die "registry-b failed to start"
}

start_tokenserver() {
    local try port pid
    for try in 1 2 3; do
        port=$(free_port)
        launch_tokenserver "$port"
        pid=$(cat "$DIR/tokenserver.pid")
        # Anonymous: 401; with the user's credentials: 200.
        if wait_code "$pid" 401 "http://127.0.0.1:$port/token?service=$TOKEN_SERVICE" &&
           wait_code "$pid" 200 -u "$AUTH_USER:$AUTH_PASSWORD" \
               "http://127.0.0.1:$port/token?service=$TOKEN_SERVICE"; then
            check_loopback_only "$pid"
            PORT_T=$port
            return 0
        fi
        log "token server did not come up on port $port (try $try), see $DIR/tokenserver.log"
        stop_one tokenserver
    done
    die "token server failed to start"
}

start_c() {
    local try port pid url token
    for try in 1 2 3; do
        port=$(free_port)
        write_config registry-c "$port" token "$PORT_T"
        launch registry-c
        pid=$(cat "$DIR/registry-c.pid")
        url="http://127.0.0.1:$port/v2/"
        # No token: 401 (Bearer challenge); a token: 200; a token for a repository
        # answers 404 there (nothing pushed yet) rather than 401, so access claims work.
        if wait_code "$pid" 401 "$url" &&
           token=$(get_token "$PORT_T" "") && [[ -n $token ]] &&
           wait_code "$pid" 200 -H "Authorization: Bearer $token" "$url" &&
           token=$(get_token "$PORT_T" "repository:berth-test/none:pull") && [[ -n $token ]] &&
           wait_code "$pid" 404 -H "Authorization: Bearer $token" "${url}berth-test/none/tags/list"; then
            check_loopback_only "$pid"
            PORT_C=$port
            return 0
        fi
        log "registry-c did not come up on port $port (try $try), see $DIR/registry-c.log and $DIR/tokenserver.log"
        stop_one registry-c
    done
    die "registry-c failed to start"
}

case $cmd in
start)
    [[ -x $REGISTRY_BIN ]] || die "$REGISTRY_BIN missing (apt-get install docker-registry)"
    command -v htpasswd >/dev/null || die "htpasswd missing (apt-get install apache2-utils)"
    mkdir -p "$DIR" "$DIR/auth"
    chmod 0755 "$DIR"
    # Restart cleanly if a previous run left ours behind.
    stop_one registry-a
    stop_one registry-b
    stop_one registry-c
    stop_one tokenserver
    make_tls
    make_token_keys
    htpasswd -Bbn "$AUTH_USER" "$AUTH_PASSWORD" >"$DIR/auth/htpasswd" 2>/dev/null
    chmod 0644 "$DIR/auth/htpasswd"
    PORT_A="" PORT_B="" PORT_C="" PORT_T=""
    start_a
    start_b
    start_tokenserver
    start_c
    cat >"$DIR/registry.env.tmp" <<EOF
BERTH_TEST_REGISTRY=127.0.0.1:$PORT_A
BERTH_TEST_AUTH_REGISTRY=127.0.0.1:$PORT_B
BERTH_TEST_TOKEN_REGISTRY=127.0.0.1:$PORT_C
BERTH_TEST_AUTH_USER=$AUTH_USER
BERTH_TEST_AUTH_PASSWORD=$AUTH_PASSWORD
BERTH_TEST_CA=$DIR/tls/ca.crt
BERTH_TEST_REGISTRY_STORAGE=$DIR/registry-a
EOF
    chmod 0644 "$DIR/registry.env.tmp"
    mv "$DIR/registry.env.tmp" "$DIR/registry.env"
    log "registry A (http) on 127.0.0.1:$PORT_A pid $(cat "$DIR/registry-a.pid"); registry B (https+auth) on 127.0.0.1:$PORT_B pid $(cat "$DIR/registry-b.pid")"
    log "registry C (http+token auth) on 127.0.0.1:$PORT_C pid $(cat "$DIR/registry-c.pid"); token server on 127.0.0.1:$PORT_T pid $(cat "$DIR/tokenserver.pid")"
    ;;
stop)
    stop_one registry-a
    stop_one registry-b
    stop_one registry-c
    stop_one tokenserver
    rm -f "$DIR/registry.env"
    ;;
env)
    [[ -f $DIR/registry.env ]] || die "$DIR/registry.env missing: run '$0 start $DIR' first"
    cat "$DIR/registry.env"
    ;;
*)
    usage
    ;;
esac
