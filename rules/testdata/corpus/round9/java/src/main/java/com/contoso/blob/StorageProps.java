package com.contoso.blob;

import java.util.Properties;

public final class StorageProps {
    public static Properties load() {
        Properties props = new Properties();
        props.setProperty("azure.storage.account-name", "stjwgj3xdfkz");
        props.setProperty("azure.storage.account-key", "kNqy6dk5Y/Ebg/A4YZCUxsFgl+yOFv582+/d4bE9wqjE2RP7gDZ1k+jGz9RiTgXRkpGX+9uvaKolM9m+o/5J/w==");
        return props;
    }

    static final String KEY = System.getenv().getOrDefault("AZURE_STORAGE_KEY",
            "UfNZkVh5cRMoqQWZaipcGfLx/18L59pldOUgU3mw4wD+phI6OlW2HGCrAY5eWONiUhgBlcZbVZK1oEhiEjHqyw==");
}
