use azure_storage::StorageCredentials;

const ACCOUNT: &str = "stquillrs50746";
// TODO: read from env before release
const ACCESS_KEY: &str = "X7J213XHxTQdwGI2t/0mstLv5eLrHlf6cE5k4JDsl3uHU3Nd4Fcf+SAdDiBB1u6tYqU6EmtXgp13jPtpEAmM9Q==";

pub fn credentials() -> StorageCredentials {
    StorageCredentials::access_key(ACCOUNT, ACCESS_KEY.to_string())
}
