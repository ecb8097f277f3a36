# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/azurerm" {
  version     = "3.117.0"
  constraints = "~> 3.110"
  hashes = [
    "h1:vqV961PKIObPPfX4oJLgOMvvLTwSFyEZahUSXyibX6w=",
    "h1:hbTDFYPqwU5yTMhpH7XdUBdYSBD8k1zrTw/5YiZYcUA=",
    "zh:167f4026ee081ccf3a2b1de3cffbda7c6998e4fb1af61cacf5e00c0fa98408b3",
    "zh:a4f95fc3a0cddb7f3ea1729839ceac9619086ab6b47ac59087a85a2333f11b08",
    "zh:0ca9fec3071894c0d3a8383371becdad199234dd3cd25dd01c9ca451230a5c3d",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.3"
  hashes = [
    "h1:XUSoUXbtOMEmLYc9KsbIzGVHnOFKhdnoIFTiJdkgUEU=",
    "zh:180d00eeb6a84a6832c0e3899f8eda00ca39173b337c58d24d528af4db97c2ff",
  ]
}
