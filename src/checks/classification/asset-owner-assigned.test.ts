import { testCheck } from "../../../test/support/check-table.js";
import table from "./asset-owner-assigned.cases.js";
import check from "./asset-owner-assigned.js";

testCheck(check, table);
