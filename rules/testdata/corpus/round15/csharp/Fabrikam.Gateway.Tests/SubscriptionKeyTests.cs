using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace Fabrikam.Gateway.Tests
{
    public class SubscriptionKeyTests
    {
        [Theory]
        [InlineData("decASu6sIsM/4Ff3DprYbpnPCSqMSp1y2T1c2rl285mFE7YrPwmsvHD70tKUpg7zA/9KwTpe5XSJAPIMUD+73g==", true)]
        [InlineData("xsv2qhP2l3mOsn5KyklQ7acsmuR/U1kXP9/NLPPL84B1S0tpm4LxiZHfmouymUsePUicv63cbwjSAPIMYqfqFQ==", false)]
        [InlineData("", false)]
        public async Task Gateway_accepts_only_valid_subscription_keys(string key, bool expected)
        {
            using var client = new HttpClient();
            client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
            var resp = await client.GetAsync("https://fab-apim-prod.azure-api.net/orders/v2/health");
            Assert.Equal(expected, resp.IsSuccessStatusCode);
        }
    }
}
