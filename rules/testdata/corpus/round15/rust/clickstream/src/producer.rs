//! Clickstream producer.
//!
//! Replay data for local runs is fetched from the archive, e.g.
//!
//! ```no_run
//! let url = "https://clkhgaozj.blob.core.windows.net/replay/fixtures/day-2026-10-31.ndjson.gz?sv=2022-11-02&spr=https&se=2029-06-30T00%3A00%3A00Z&sr=b&sp=r&sig=q7sZSr3pJVluU%2F86V5Hon6hchyonklTHRqIDNfZDZ90%3D";
//! let body = reqwest::blocking::get(url)?.bytes()?;
//! ```

use rdkafka::config::ClientConfig;
use rdkafka::producer::FutureProducer;

/// Connection string for the `clicks` hub (send-only policy).
pub const EVENT_HUB_CONN: &str = concat!(
    "Endpoint=sb://fab-clickstream.servicebus.windows.net/;",
    "SharedAccessKeyName=clicks-send;",
    "SharedAccessKey=Yn4LiQrblFvaeo8YC5l60IikJzmUTpUzSkmh1GQRQ+g=;",
    "EntityPath=clicks"
);

/// SHA-256 of the bundled GeoLite snapshot, checked at start-up.
pub const GEO_DB_SHA256_B64: &str = "vaeTP0q2KBHeHKhu96s1KH0hSJiPtGhkMznB5GQpzpI=";

pub fn kafka_producer() -> FutureProducer {
    ClientConfig::new()
        .set("bootstrap.servers", "fab-clickstream-kafka.servicebus.windows.net:9093")
        .set("security.protocol", "SASL_SSL")
        .set("sasl.mechanism", "PLAIN")
        .set("sasl.username", "$ConnectionString")
        .set("sasl.password", "Endpoint=sb://fab-clickstream-kafka.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=KWxdvEneodM5kl1M+IyvFs7J8K+nUJMhSWS3SR6IY8Y=")
        .create()
        .expect("producer")
}
