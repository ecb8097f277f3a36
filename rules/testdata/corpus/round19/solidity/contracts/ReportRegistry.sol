// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice Anchors monthly ESG reports; the off-chain copy lives in blob storage.
contract ReportRegistry {
    string public constant REPORTS_BASE =
        "https://fbknftmeta01.blob.core.windows.net/metadata?sv=2022-11-02&spr=https&se=2030-01-01T00%3A00%3A00Z&sr=c&sp=r&sig=rI132DXx494cAI6Z6ynju16RnCCF1ytMi8gUd8Qiv%2BU%3D";

    bytes32 public constant DOMAIN_SALT = 0x7d9f40d972458fa77e808c9c17cc394a1fe09924d094728d105f1fdb1d19ccd4;

    mapping(uint256 => bytes32) public reportHash;

    function anchor(uint256 month, bytes32 h) external {
        require(reportHash[month] == bytes32(0), "exists");
        reportHash[month] = h;
    }
}
