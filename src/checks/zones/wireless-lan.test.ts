import { testCheck } from "../../../test/support/check-table.js";
import table from "./wireless-lan.cases.js";
import check from "./wireless-lan.js";

testCheck(check, table);
