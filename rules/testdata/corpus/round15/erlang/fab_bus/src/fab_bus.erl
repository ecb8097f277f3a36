-module(fab_bus).
-export([conn/0, bench_token/0]).

-define(SB_CONN, "Endpoint=sb://fab-switch-sb.servicebus.windows.net/;SharedAccessKeyName=erl-listen;SharedAccessKey=CGYva2n882uvsvKm55eu4bHwner4Xc6vZ+ASbJyffxY=").

%% bench token for sw-core-02 (from the June test campaign)
-define(BENCH_TOKEN, <<"SharedAccessSignature sr=fab-switch-hub.azure-devices.net%2Fdevices%2Fsw-core-02&sig=gkjL5faijtka3bKcjQZLVVGPnTnXlaXWvXyryWhvYzc%3D&se=1782820800">>).

conn() -> ?SB_CONN.
bench_token() -> ?BENCH_TOKEN.
