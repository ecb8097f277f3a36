package com.acme

object Compact {
  val lakeConn: String =
    """DefaultEndpointsProtocol=https;
      |AccountName=stsparkqgli91;
      |AccountKey=W4LQXGurWOQgosd+xY9EhlOf0XHyK5xg4KS0kYFOHim/LMLjZfPIZ1vO74V6PE7WQbLYVzZ7LP7tUF0uwBYoQQ==;
      |EndpointSuffix=core.windows.net""".stripMargin.replace("\n", "")
}
