package com.contoso.media

object Storage {
    const val SAS_URL = "https://fabo9rshdm.blob.core.usgovcloudapi.net/datasets/train.parquet?sv=2020-02-10&spr=https&se=2026-11-26T12%3A00%3A23Z&sip=10.0.0.1-10.0.0.255&sr=b&sp=racwdxtmy&sig=AbaMdO9MfW1a6AUiN5%2BiLY7s2WntYP9JQEG3eAIut8U%3D"
    val account = "https://datagciwzr2j6i.blob.core.windows.net/?sv=2020-10-02&ss=bqf&srt=o&spr=https%2Chttp&" +
        "se=2026-12-08T20%3A09%3A46Z&sp=rwdac&sig=qf9RJ%2FgEryS3lKjX3Kr3hRDCOZcyu5LdEUf6ixagpU0%3D"
    val token = """
        SharedAccessSignature sig=I8EqbIxIkUOfp4yD86HFQdf75wePaa2MnLQ0xU0Qljw%3D&se=1897851354&skn=RootManageSharedAccessKey&sr=https%3A%2F%2Ftelemetry-mbl1.servicebus.windows.net%2F
    """.trimIndent()
    val built = "https://$account.blob.core.windows.net/c?${sasToken}"
}
