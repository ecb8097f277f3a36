using HTTP, JSON3, Dates

const COSMOS_ENDPOINT = "https://cosmos-nw-analytics.documents.azure.com:443/"
const COSMOS_KEY = "oIs8b62rcoDFr4rSnlfm2l7TCxhCtnWKN+L9v4r02N9g" *
                   "U2odMDWtQLVshodz5OPlL0K2uYrzp5HnEM0HPtuvcg=="

# tests run against the local emulator
const EMULATOR_KEY = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2n" *
                     "Q9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="

function auth_header(verb, resource_type, resource_link, date; key = COSMOS_KEY)
    # type=master&ver=1.0&sig=...
    return "type%3Dmaster%26ver%3D1.0%26sig%3D" * sign(key, verb, resource_type, resource_link, date)
end
