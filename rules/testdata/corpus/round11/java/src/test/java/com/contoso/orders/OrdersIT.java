package com.contoso.orders;

import org.junit.jupiter.api.Test;

class OrdersIT {

    private static final String COSMOS_JSON = """
        {
          "endpoint": "https://cosmos-7fswwvs7jr.documents.azure.com:443/",
          "key": "ZmvNoqCxZ5TVfIHfm3E/UqlP6S/GAPuyqORMCTm95msGufYr3rQ5pvllM2NIlyzkwCx3xLqUsvjpWZ7L4I7oPw==",
          "database": "orders",
          "container": "orders-v2"
        }
        """;

    private static final String LAKE_SAS =
        "sv=2026-02-06&se=2028-06-30T00%3A00%3A00Z&sr=d&sp=rl"
            + "&sig=B4c9DiDXYOFpE5UBCYUT3tPQsBiiSQb5S%2FWu9h5Vd6I%3D&sdd=2";

    private static final String EMULATOR_KEY =
        "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    @Test
    void readsOrders() {
        // ...
    }
}
