import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** GET /notices?applicationId=…: the notices of one case. */
export class FindNoticesQuery {
  @ApiProperty({ format: 'uuid', description: 'The application (case) id' })
  @IsUUID('all', { message: '$property must be a UUID (the application id of the case)' })
  applicationId!: string;
}
