using System;
using System.Text;
using Microsoft.Azure.Relay;

namespace Fabrikam.Erp.Bridge
{
    internal static class RelayHost
    {
        // Hybrid connection used by the on-prem ERP listener.
        private const string RelayConnection =
            "Endpoint=sb://fab-erp-relay.servicebus.windows.net/;SharedAccessKeyName=erp-listener;SharedAccessKey=yHOW8d43Ci/kVU9PxwORXhLFI5yVvPY7J+ARmJuQPAo=;EntityPath=hc-erp";

        // documentation sample, not a real value
        private const string SampleQuery = "sv=2021-08-06&sr=c&sp=rl&sig=<signature>";

        public static Uri InvoiceContainerUri()
        {
            var sb = new StringBuilder("https://erpxrs3yr6.blob.core.windows.net/invoices");
            sb.Append("?sv=2021-08-06");
            sb.Append("&spr=https");
            sb.Append("&se=2028-01-15T00%3A00%3A00Z");
            sb.Append("&sip=52.174.10.0-52.174.10.255");
            sb.Append("&sr=c");
            sb.Append("&sp=rl");
            sb.Append("&sig=Nbv8oJ%2FxWYkJvCGIHDgvY3f%2Fad8TMwvoUjiHBVrmVzc%3D");
            return new Uri(sb.ToString());
        }

        public static HybridConnectionListener CreateListener() =>
            new HybridConnectionListener(RelayConnection);
    }
}
