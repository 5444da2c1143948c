import { describe, expect, it } from 'vitest';
import { mapColumns, roleOf } from './columns.ts';

describe('roleOf', () => {
  it.each([
    ['Họ và tên', 'fullName'],
    ['HỌ VÀ TÊN ĐẠI BIỂU', 'fullName'],
    ['Chức vụ, đơn vị công tác', 'title'],
    ['Đơn vị', 'organisation'],
    ['Cơ quan công tác', 'organisation'],
    ['Đoàn', 'group'],
    ['Đoàn đại biểu', 'group'],
    ['Delegation', 'group'],
    ['Tổ thảo luận', 'group'],
    ['Tổng', null],
    ['Số ghế', 'seat'],
    ['STT', 'number'],
    ['Ngày sinh', null],
  ])('%s → %s', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });
});

describe('mapColumns', () => {
  it("reads a congress list's delegation as the group and the workplace as the organisation", () => {
    const map = mapColumns(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị công tác', 'Đoàn đại biểu', 'Ghế']);
    expect(map?.fields).toEqual({ fullName: 1, title: 2, organisation: 3, group: 4, seat: 5 });
  });
});
