"""The shop's services. `shop.py migrate` creates the schema; `api` serves /healthz once the database and the
cache answer; `notifier` subscribes to the broker; `scheduler` publishes a tick every second."""
import http.server
import os
import sys
import time

import paho.mqtt.client as mqtt
import psycopg2
import redis

NAME = os.environ.get("SERVICE_NAME", "shop")


def database():
    return psycopg2.connect(host="db", user="shop", dbname="postgres", connect_timeout=3)


def migrate():
    with database() as connection, connection.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS orders (id serial PRIMARY KEY, item text NOT NULL)")
        cursor.execute("CREATE TABLE IF NOT EXISTS users (id serial PRIMARY KEY, name text NOT NULL)")
    print("migrated", flush=True)


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        try:
            with database() as connection, connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            redis.Redis(host="cache", socket_timeout=2).ping()
            status, body = 200, b"ok\n"
        except Exception as error:  # noqa: BLE001 - a health endpoint reports any failure
            status, body = 503, f"{error}\n".encode()
        self.send_response(status)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def broker():
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2) if hasattr(mqtt, "CallbackAPIVersion") else mqtt.Client()
    for _ in range(60):
        try:
            client.connect("broker", 1883)
            return client
        except OSError:
            time.sleep(0.5)
    raise SystemExit("broker unreachable")


def notifier():
    client = broker()
    client.subscribe("shop/ticks")
    open("/tmp/ready", "w").close()
    print(f"{NAME} ready", flush=True)
    client.loop_forever()


def scheduler():
    client = broker()
    print(f"{NAME} ready", flush=True)
    client.loop_start()
    # One tick a second: loop() returns as soon as the broker answers, so calling it alone was a busy loop.
    while True:
        client.publish("shop/ticks", str(time.time()))
        time.sleep(1)


if __name__ == "__main__":
    role = sys.argv[1] if len(sys.argv) > 1 else "api"
    if role == "migrate":
        migrate()
    elif role == "api":
        print(f"{NAME} listening on 8080", flush=True)
        http.server.ThreadingHTTPServer(("0.0.0.0", 8080), Handler).serve_forever()
    else:
        {"notifier": notifier, "scheduler": scheduler}[role]()
