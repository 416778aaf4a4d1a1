import { testCheck } from "../../../test/support/check-table.js";
import table from "./asset-classified.cases.js";
import check from "./asset-classified.js";

testCheck(check, table);
