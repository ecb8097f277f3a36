--  Telemetry uplink configuration for the rail gateway.
--  Generated from gw_config.yaml by tools/gen_ada.py -- do not edit.
package Telemetry.Config is

   Account_Name : constant String := "fabtelemada01";

   Account_Key : constant String :=
     "QjLQv8hfOH0gF+Aplhadi9Q3cy7/nhJa92CYydG36Vqn" &
     "F3152piVoHVVcjuTwPPVwMJgHOS8elI/zKNhyN/tDA==";

   Queue_Url : constant String :=
     "https://fabtelemada01.queue.core.windows.net/rail-events?sv=2021-12-02&spr=https&se=2028-03-31T00%3A00%3A00Z&sp=ap" &
     "&sig=pnw81WMIZSiq%2B0CXNEw%2FCZLnYqvfOdA657tMMAIlGus%3D";

   Firmware_Sha256 : constant String := "kUslCyr+HofqjBEEPN2eg5FRVxSg5Sy67tYx7Xq5D2o=";

   Retry_Limit : constant := 8;

end Telemetry.Config;
