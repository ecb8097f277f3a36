object IngestJob {
  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder.appName("ingest").getOrCreate()
    spark.sparkContext.hadoopConfiguration.set(
      s"fs.azure.account.key.stqup0unsknx.blob.core.windows.net",
      "qB+LebsCTNsCU4f+vUqxX183WljIK3MFPJwHK7k+rVqPAMTfqyirbYNGZuztt/5hpJOQPyJTg2cjnTpLYmYptg==")
    val ehConf = EventHubsConf("Endpoint=sb://evh7mlmhets4r.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=7gHwXOpIB3lZmupfJ6fKk2hF6IA0bC8jsjMZBghZv88=;EntityPath=clicks")
      .setStartingPosition(EventPosition.fromEndOfStream)
    spark.readStream.format("eventhubs").options(ehConf.toMap).load()
  }
}
