(* ::Package:: *)
(* LoadModels.wl -- fetch the trained nets from blob storage *)

BeginPackage["FabModels`"];
LoadNet::usage = "LoadNet[name] downloads and imports a .wlnet";
Begin["`Private`"];

$sas = StringRiffle[{"sv=2024-08-04", "spr=https", "se=2027-07-15T00%3A00%3A00Z", "sr=c", "sp=rl", "sig=hvYXNXyADFRfe6i68A%2FUlgYb7%2Bz4eBLcopQ9g1Ht45Y%3D"}, "&"];

LoadNet[name_String] := Import[URLDownload[
   "https://fabwlmodels.blob.core.windows.net/models/" <> name <> ".wlnet?" <> $sas,
   FileNameJoin[{$TemporaryDirectory, name <> ".wlnet"}]]];

$cosmos = <|"Endpoint" -> "https://fab-wl-results.documents.azure.com:443/",
   "Key" -> "iRn07XPDjnRH0Kt6jQVzCiQ1m7jAD9imp8xqwW1DI3LWLcW98EWnDwghE2jhR3mQ/naAFkYCtqvGACDbhCFfbw=="|>;

$awsSecret = "YA5S0RT9kAjlrlXpF3Wx0bCo26LL7YVcAD8xeQEd";

End[];
EndPackage[];
