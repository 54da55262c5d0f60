import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { UpdateProfileInput } from './dto/update-profile.input.js';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async updateProfile(userId: string, input: UpdateProfileInput): Promise<UserEntity> {
    const changes: Partial<UserEntity> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.locale !== undefined) changes.locale = input.locale;
    if (Object.keys(changes).length > 0) await this.users.update(userId, changes);
    return this.users.findOneByOrFail({ id: userId });
  }
}
