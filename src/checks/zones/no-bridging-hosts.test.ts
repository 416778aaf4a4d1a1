import { testCheck } from "../../../test/support/check-table.js";
import table from "./no-bridging-hosts.cases.js";
import check from "./no-bridging-hosts.js";

testCheck(check, table);
